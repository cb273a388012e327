import { conflict, forbidden, invalidField, notFound } from '../../core/errors/domain-error';

/** Errors of the users feature; the apps translate them under errors.<CODE>. */
export const UsersErrors = {
  userNotFound: () => notFound('USER_NOT_FOUND'),
  emailTaken: () => invalidField('EMAIL_TAKEN', 'email', 'unique'),
  partnerRequired: () => invalidField('PARTNER_REQUIRED', 'partnerId', 'required'),
  partnerNotAllowed: () => invalidField('PARTNER_NOT_ALLOWED', 'partnerId', 'forbidden'),
  partnerNotFound: () => invalidField('PARTNER_NOT_FOUND', 'partnerId', 'exists'),
  roleNotAllowed: () => invalidField('ROLE_NOT_ALLOWED', 'role', 'forbidden'),
  cannotChangeSelf: () => forbidden('CANNOT_CHANGE_OWN_ACCOUNT'),
  notInvited: () => conflict('USER_NOT_INVITED'),
  notAMember: () => conflict('USER_NOT_A_MEMBER', 'Only partner members have this setting; partner admins see the whole team'),
  tokenInvalid: () => invalidField('TOKEN_INVALID', 'token', 'invalid'),
  tokenExpired: () => invalidField('TOKEN_EXPIRED', 'token', 'expired'),
};

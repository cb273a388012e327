import { invalidField, notFound } from '../../core/errors/domain-error';

export const ObjectiveErrors = {
  notFound: () => notFound('OBJECTIVE_NOT_FOUND', 'Objective not found'),
  ownerRequired: () => invalidField('OBJECTIVE_OWNER_REQUIRED', 'partnerId', 'required', 'Give a partner or a user'),
  ownerBoth: () => invalidField('OBJECTIVE_OWNER_BOTH', 'userId', 'oneOf', 'Give a partner or a user, not both'),
  partnerNotFound: () => invalidField('PARTNER_NOT_FOUND', 'partnerId', 'exists', 'Partner not found'),
  userNotFound: () => invalidField('USER_NOT_FOUND', 'userId', 'exists', 'No partner user with this id in your scope'),
  endBeforeStart: () => invalidField('OBJECTIVE_END_BEFORE_START', 'endDay', 'min', 'The end is before the start'),
  segmentEmpty: () => invalidField('OBJECTIVE_SEGMENT_EMPTY', 'segmentId', 'empty', 'No partner of this segment is in your scope'),
};

import { invalidField, notFound } from '../../core/errors/domain-error';

export const PartnerErrors = {
  /** Also the answer for a partner out of the caller's scope: existence is not revealed. */
  notFound: () => notFound('PARTNER_NOT_FOUND', 'Partner not found'),
  codeTaken: (field = 'code') => invalidField('PARTNER_CODE_TAKEN', field, 'unique', 'This partner code is already used'),
  notAChannelManager: (field = 'channelManagerId') =>
    invalidField('NOT_A_CHANNEL_MANAGER', field, 'NOT_A_CHANNEL_MANAGER', 'Not an active channel manager'),
  channelManagerNotAllowed: () =>
    invalidField('CHANNEL_MANAGER_NOT_ALLOWED', 'channelManagerId', 'CHANNEL_MANAGER_NOT_ALLOWED', 'A channel manager creates partners for themselves'),
};

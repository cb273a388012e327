import { conflict, invalidField, notFound } from '../../core/errors/domain-error';

export const ChallengeErrors = {
  notFound: () => notFound('CHALLENGE_NOT_FOUND', 'Challenge not found'),
  notEditable: () => conflict('CHALLENGE_NOT_EDITABLE', 'A challenge can change only while draft or scheduled'),
  notDraft: () => conflict('CHALLENGE_NOT_DRAFT', 'Only a draft can be published'),
  endsBeforeStart: () => invalidField('CHALLENGE_ENDS_BEFORE_START', 'endsAt', 'afterStart', 'The challenge must end after it starts'),
  endsInPast: () => invalidField('CHALLENGE_ENDS_IN_PAST', 'endsAt', 'future', 'The challenge has already ended'),
  tooLong: () => invalidField('CHALLENGE_TOO_LONG', 'endsAt', 'maxDuration', 'A challenge lasts at most a year'),
  filterNotSales: () => invalidField('CHALLENGE_FILTER_NOT_SALES', 'filter', 'salesMetricOnly', 'Only units sold and sales amount can be filtered'),
  filterBoth: () => invalidField('CHALLENGE_FILTER_BOTH', 'filter', 'oneOf', 'Filter on products or on a category, not both'),
  categoryNotFound: () => invalidField('PRODUCT_CATEGORY_NOT_FOUND', 'filter.category', 'exists', 'No product has this category'),
  productNotFound: (index: number) => invalidField('PRODUCT_NOT_FOUND', `filter.productIds.${index}`, 'exists', 'Product not found'),
  prizes: (field: string, reason: string) => invalidField('CHALLENGE_PRIZES_INVALID', field, reason, `${field}: ${reason}`),
  segmentNotFound: () => invalidField('SEGMENT_NOT_FOUND', 'segmentId', 'exists', 'Segment not found'),
  segmentOutOfScope: () =>
    invalidField('CHALLENGE_SEGMENT_OUT_OF_SCOPE', 'segmentId', 'inScope', 'The segment has partners you do not look after'),
  leagueUnavailable: () => invalidField('CHALLENGE_LEAGUE_UNAVAILABLE', 'leagueBy', 'available', 'Tiers are not available yet'),
  notParticipant: () => notFound('CHALLENGE_NOT_PARTICIPANT', 'You do not take part in this challenge'),
  teamAnonymityByAdmin: () => conflict('CHALLENGE_TEAM_ADMIN_ONLY', "Only the partner's administrator chooses for the team"),
};

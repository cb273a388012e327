import { invalidField } from '../../core/errors/domain-error';

export const TierErrors = {
  notFound: (index: number) => invalidField('TIER_NOT_FOUND', `tiers.${index}.id`, 'exists', 'Tier not found'),
  thresholdTaken: (index: number) => invalidField('TIER_THRESHOLD_TAKEN', `tiers.${index}.threshold`, 'unique', 'Two tiers have the same threshold'),
  repeated: (index: number) => invalidField('INVALID_INPUT', `tiers.${index}.id`, 'unique', 'A tier is listed twice'),
};

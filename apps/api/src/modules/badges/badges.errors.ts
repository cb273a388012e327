import { DomainError, invalidField, notFound } from '../../core/errors/domain-error';

export const BadgeErrors = {
  notFound: () => notFound('BADGE_NOT_FOUND', 'Badge not found'),
  filterNotSales: (field: string) => invalidField('METRIC_FILTER_NOT_ALLOWED', field, 'salesMetricOnly', 'Only sales metrics can be filtered'),
  filterBoth: () => invalidField('METRIC_FILTER_BOTH', 'productIds', 'oneOf', 'Filter by products or by a category, not both'),
  productNotFound: () => invalidField('PRODUCT_NOT_FOUND', 'productIds', 'exists', 'Product not found'),
  categoryNotFound: () => invalidField('PRODUCT_CATEGORY_NOT_FOUND', 'category', 'exists', 'No product has this category'),
  rewardItemNotFound: () => invalidField('REWARD_ITEM_NOT_FOUND', 'rewardItemId', 'exists', 'Reward item not found'),
  problems: (problems: { field: string; reason: string }[]) =>
    new DomainError('INVALID_INPUT', 'BAD_INPUT', `Invalid badge (${problems.map((p) => `${p.field}: ${p.reason}`).join(', ')})`, problems),
};

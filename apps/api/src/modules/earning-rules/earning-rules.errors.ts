import type { RuleProblem } from '@relais/domain';

import { conflict, DomainError, invalidField, notFound } from '../../core/errors/domain-error';

export const EarningRuleErrors = {
  notFound: () => notFound('EARNING_RULE_NOT_FOUND', 'Earning rule not found'),
  notLatest: () => conflict('EARNING_RULE_NOT_LATEST', 'Only the latest version of a rule can be changed'),
  inactive: () => conflict('EARNING_RULE_INACTIVE', 'A deactivated rule cannot be changed'),
  kindChanged: () => invalidField('EARNING_RULE_KIND_CHANGED', 'kind', 'immutable', 'The kind of a rule cannot change'),
  productNotFound: (field = 'productId') => invalidField('PRODUCT_NOT_FOUND', field, 'exists', 'Product not found'),
  segmentNotFound: () => invalidField('SEGMENT_NOT_FOUND', 'segmentId', 'exists', 'Segment not found'),
  categoryNotFound: () => invalidField('PRODUCT_CATEGORY_NOT_FOUND', 'category', 'exists', 'No product has this category'),
  badDate: (field: string) => invalidField('INVALID_INPUT', field, 'isDate', `${field} must be a date written YYYY-MM-DD`),
  /** Every problem of a draft at once; the code is the first problem's own, or INVALID_INPUT. */
  problems: (problems: RuleProblem[]) =>
    new DomainError(
      problems[0]?.code ?? 'INVALID_INPUT',
      'BAD_INPUT',
      `Invalid earning rule (${problems.map((p) => `${p.field}: ${p.reason}`).join(', ')})`,
      problems.map(({ field, reason }) => ({ field, reason })),
    ),
};

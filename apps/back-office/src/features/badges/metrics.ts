import type { Metric } from '@relais/graphql-client';

/** The metrics badges and objectives can measure, in the order the forms offer them. */
export const METRIC_VALUES: readonly Metric[] = [
  'DECLARATIONS_APPROVED',
  'UNITS_SOLD',
  'SALES_AMOUNT',
  'FEEDBACK_GIVEN',
  'SIGN_IN_DAYS',
  'QUIZZES_PASSED',
  'ARTICLES_READ',
  'FILES_DOWNLOADED',
  'BADGES_EARNED',
  'STAGES_COMPLETED',
];

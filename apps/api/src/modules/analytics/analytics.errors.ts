import { invalidField } from '../../core/errors/domain-error';

/** Longest period a dashboard covers (two years, a leap day included), so a query stays bounded. */
export const MAX_PERIOD_DAYS = 731;

export const AnalyticsErrors = {
  periodReversed: () => invalidField('DASHBOARD_PERIOD_REVERSED', 'to', 'notBeforeFrom', 'to is before from'),
  periodTooLong: () => invalidField('DASHBOARD_PERIOD_TOO_LONG', 'to', 'maxRange', `the period is longer than ${MAX_PERIOD_DAYS} days`),
};

import { invalidField } from '../../core/errors/domain-error';

/** Longest period a dashboard covers, so a query stays bounded. */
export const MAX_PERIOD_MONTHS = 24;

export const AnalyticsErrors = {
  periodReversed: () => invalidField('DASHBOARD_PERIOD_REVERSED', 'to', 'notBeforeFrom', 'to is before from'),
  periodTooLong: () => invalidField('DASHBOARD_PERIOD_TOO_LONG', 'to', 'maxRange', `the period is longer than ${MAX_PERIOD_MONTHS} months`),
  notWholeMonths: (field: 'from' | 'to') =>
    invalidField('DASHBOARD_PERIOD_NOT_MONTHS', field, field === 'from' ? 'firstDayOfMonth' : 'lastDayOfMonth', 'a dashboard period is made of whole months'),
};

import type { Metric, MetricScope } from '../activity/metrics';

/** Icons the apps draw themselves (inline SVG or emoji with a text alternative), so badges need no uploads. */
export const BADGE_ICONS = ['STAR', 'TROPHY', 'MEDAL', 'ROCKET', 'HANDSHAKE', 'TARGET', 'FIRE', 'LIGHTNING', 'BOOK', 'HEART', 'CROWN', 'GEM'] as const;
export type BadgeIcon = (typeof BADGE_ICONS)[number];

/** ALL_TIME sums every day; ROLLING_DAYS the last N days; CURRENT_PERIOD the calendar period so far. */
export const BADGE_WINDOWS = ['ALL_TIME', 'ROLLING_DAYS', 'CURRENT_PERIOD'] as const;
export type BadgeWindow = (typeof BADGE_WINDOWS)[number];

export const BADGE_REPEATS = ['ONCE', 'ONCE_PER_PERIOD'] as const;
export type BadgeRepeat = (typeof BADGE_REPEATS)[number];

export const CALENDAR_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

export interface BadgeRule {
  metric: Metric;
  scope: MetricScope;
  threshold: number;
  window: BadgeWindow;
  /** ROLLING_DAYS only. */
  windowDays: number | null;
  repeat: BadgeRepeat;
  /** Needed by CURRENT_PERIOD and ONCE_PER_PERIOD. */
  period: CalendarPeriod | null;
}

/** The first day metrics can hold: an all-time window starts here. */
export const FIRST_DAY = '2000-01-01';

/** Days are ISO `YYYY-MM-DD` in UTC, as the metric buckets are. */
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The calendar period holding `day`: its key (2026-11, 2026-Q4, 2026) and its first and last days. */
export function calendarPeriod(period: CalendarPeriod, day: string): { key: string; from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
  switch (period) {
    case 'MONTH':
      return { key: day.slice(0, 7), from: iso(year, month, 1), to: iso(year, month + 1, 0) };
    case 'QUARTER': {
      const quarter = Math.ceil(month / 3);
      return { key: `${year}-Q${quarter}`, from: iso(year, quarter * 3 - 2, 1), to: iso(year, quarter * 3 + 1, 0) };
    }
    case 'YEAR':
      return { key: String(year), from: iso(year, 1, 1), to: iso(year, 12, 31) };
  }
}

/** The days a badge measures when judged on `day` (included). */
export function badgeWindow(rule: Pick<BadgeRule, 'window' | 'windowDays' | 'period'>, day: string): { from: string; to: string } {
  switch (rule.window) {
    case 'ALL_TIME':
      return { from: FIRST_DAY, to: day };
    case 'ROLLING_DAYS':
      return { from: addDays(day, 1 - (rule.windowDays ?? 1)), to: day };
    case 'CURRENT_PERIOD':
      return { from: calendarPeriod(rule.period ?? 'MONTH', day).from, to: day };
  }
}

/** One award per key: ONCE badges have one key for ever, the others one per calendar period. */
export const badgePeriodKey = (rule: Pick<BadgeRule, 'repeat' | 'period'>, day: string) =>
  rule.repeat === 'ONCE' ? 'ONCE' : calendarPeriod(rule.period ?? 'MONTH', day).key;

export interface BadgeRuleProblem {
  field: string;
  reason: string;
}

/** The ties between a badge's fields that the input's decorators cannot express. */
export function badgeRuleProblems(rule: Pick<BadgeRule, 'window' | 'windowDays' | 'repeat' | 'period'>): BadgeRuleProblem[] {
  const problems: BadgeRuleProblem[] = [];
  if (rule.window === 'ROLLING_DAYS' && !rule.windowDays) problems.push({ field: 'windowDays', reason: 'isNotEmpty' });
  const needsPeriod = rule.window === 'CURRENT_PERIOD' || rule.repeat === 'ONCE_PER_PERIOD';
  if (needsPeriod && !rule.period) problems.push({ field: 'period', reason: 'isNotEmpty' });
  return problems;
}

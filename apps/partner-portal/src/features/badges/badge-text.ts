import type { Metric, MyBadgesQuery } from '@relais/graphql-client';
import type { Formatter, Translate } from '@relais/ui';

export type MyBadge = MyBadgesQuery['myBadges'][number];
type BadgeRule = MyBadge['badge'];

/** Texts come in both languages from the API; the reader's language picks one. */
export const inLanguage = (language: string | undefined, en: string, fr: string) => ((language ?? '').startsWith('fr') ? fr : en);

/** A metric's value as people read it: money for the sales amount, a plain number otherwise. */
export const metricValue = (format: Formatter, metric: Metric, value: number) => (metric === 'SALES_AMOUNT' ? format.currency(value) : format.number(value));

/** "Units sold this month · once a month". */
export function ruleText(t: Translate, badge: BadgeRule): string {
  const window =
    badge.window === 'ROLLING_DAYS'
      ? t('badges.window.ROLLING_DAYS', { count: badge.windowDays ?? 1 })
      : badge.window === 'CURRENT_PERIOD'
        ? t(`badges.window.CURRENT_PERIOD_${badge.period ?? 'MONTH'}`)
        : t('badges.window.ALL_TIME');
  const repeat = badge.repeat === 'ONCE' ? t('badges.repeat.ONCE') : t(`badges.repeat.ONCE_PER_PERIOD_${badge.period ?? 'MONTH'}`);
  return `${t(`objectives.metric.${badge.metric}`)} ${window} · ${repeat}`;
}

/** Earned first (newest first), then the closest to their threshold. */
export function splitWall(badges: readonly MyBadge[]): { earned: MyBadge[]; toEarn: MyBadge[] } {
  const earned = badges.filter((b) => b.earned).sort((a, b) => String(b.lastEarnedAt).localeCompare(String(a.lastEarnedAt)));
  const toEarn = badges.filter((b) => !b.earned).sort((a, b) => b.value / b.badge.threshold - a.value / a.badge.threshold);
  return { earned, toEarn };
}

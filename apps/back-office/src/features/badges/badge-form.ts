import type { BadgeFieldsFragment, BadgeInput, BadgeRepeat, BadgeWindow, CalendarPeriod, Metric, MetricScope } from '@relais/graphql-client';
import type { Formatter, Translate } from '@relais/ui';

/** The editor's values, as the inputs hold them (text for numbers, so a half-typed value stays). */
export interface BadgeFormValues {
  nameEn: string;
  nameFr: string;
  descriptionEn: string;
  descriptionFr: string;
  icon: string;
  metric: Metric;
  category: string;
  scope: MetricScope;
  threshold: string;
  window: BadgeWindow;
  windowDays: string;
  repeat: BadgeRepeat;
  period: CalendarPeriod;
  points: string;
  rewardItemId: string;
  active: boolean;
}

export const SALES_METRICS: readonly Metric[] = ['UNITS_SOLD', 'SALES_AMOUNT'];

export const emptyBadge = (): BadgeFormValues => ({
  nameEn: '',
  nameFr: '',
  descriptionEn: '',
  descriptionFr: '',
  icon: 'STAR',
  metric: 'DECLARATIONS_APPROVED',
  category: '',
  scope: 'USER',
  threshold: '1',
  window: 'ALL_TIME',
  windowDays: '30',
  repeat: 'ONCE',
  period: 'MONTH',
  points: '0',
  rewardItemId: '',
  active: true,
});

export const badgeValues = (b: BadgeFieldsFragment): BadgeFormValues => ({
  nameEn: b.nameEn,
  nameFr: b.nameFr,
  descriptionEn: b.descriptionEn,
  descriptionFr: b.descriptionFr,
  icon: b.icon,
  metric: b.metric,
  category: b.category ?? '',
  scope: b.scope,
  threshold: String(b.threshold),
  window: b.window,
  windowDays: String(b.windowDays ?? 30),
  repeat: b.repeat,
  period: b.period ?? 'MONTH',
  points: String(b.points),
  rewardItemId: b.rewardItemId ?? '',
  active: b.active,
});

/** Numbers the user typed ("12,5" too); what is not a number goes as NaN for the API to name the field. */
const num = (value: string) => Number(value.trim().replace(',', '.'));

/** The API input: only what the chosen window and repeat use, and the product filter kept when the badge had one. */
export function badgeInput(v: BadgeFormValues, productIds: readonly string[] | null = null): BadgeInput {
  const usesPeriod = v.window === 'CURRENT_PERIOD' || v.repeat === 'ONCE_PER_PERIOD';
  const sales = SALES_METRICS.includes(v.metric);
  return {
    nameEn: v.nameEn,
    nameFr: v.nameFr,
    descriptionEn: v.descriptionEn,
    descriptionFr: v.descriptionFr,
    icon: v.icon as BadgeInput['icon'],
    metric: v.metric,
    category: sales && v.category ? v.category : null,
    productIds: sales && !v.category && productIds?.length ? [...productIds] : null,
    scope: v.scope,
    threshold: num(v.threshold),
    window: v.window,
    windowDays: v.window === 'ROLLING_DAYS' ? num(v.windowDays) : null,
    repeat: v.repeat,
    period: usesPeriod ? v.period : null,
    points: num(v.points),
    rewardItemId: v.rewardItemId || null,
    active: v.active,
  };
}

/** "Units sold ≥ 50 · this month · once a month · each person". */
export function badgeRuleText(t: Translate, format: Formatter, b: Pick<BadgeFieldsFragment, 'metric' | 'category' | 'threshold' | 'window' | 'windowDays' | 'repeat' | 'period' | 'scope'>): string {
  const metric = t(`objectives.metric.${b.metric}`);
  const threshold = b.metric === 'SALES_AMOUNT' ? format.currency(b.threshold) : format.number(b.threshold);
  const window =
    b.window === 'ROLLING_DAYS'
      ? t('badges.window.ROLLING_DAYS', { count: b.windowDays ?? 1 })
      : b.window === 'CURRENT_PERIOD'
        ? t(`badges.window.CURRENT_PERIOD_${b.period ?? 'MONTH'}`)
        : t('badges.window.ALL_TIME');
  const repeat = b.repeat === 'ONCE' ? t('badges.repeat.ONCE') : t(`badges.repeat.ONCE_PER_PERIOD_${b.period ?? 'MONTH'}`);
  const what = b.category ? t('objectives.inCategory', { metric, category: b.category }) : metric;
  return `${what} ≥ ${threshold} · ${window} · ${repeat} · ${t(`badges.scope.${b.scope}`)}`;
}

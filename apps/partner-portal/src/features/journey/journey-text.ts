import type { JourneyCriterionFragment, Metric } from '@relais/graphql-client';
import type { Formatter } from '@relais/ui';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A metric's value as people read it: money for the sales amount, a plain number otherwise. */
export const metricValue = (format: Formatter, metric: Metric, value: number) => (metric === 'SALES_AMOUNT' ? format.currency(value) : format.number(value));

/** "Approved declarations · over the last 90 days", with the restriction and who counts. */
export function criterionLabel(t: Translate, criterion: JourneyCriterionFragment): string {
  const parts = [t(`progression.metric.${criterion.metric}`)];
  if (criterion.category) parts.push(t('progression.restricted.category', { category: criterion.category }));
  else if (criterion.productIds.length) parts.push(t('progression.restricted.products', { count: criterion.productIds.length }));
  parts.push(criterion.window === 'ROLLING' ? t('progression.window.ROLLING', { count: criterion.windowDays ?? 1 }) : t('progression.window.SINCE_JOINED'));
  return parts.join(' · ');
}

/** What to do next for a criterion not met yet: "Declare 3 more approved sales." */
export function nextStep(t: Translate, format: Formatter, criterion: JourneyCriterionFragment, missing: number): string {
  const sentence = t(`progression.next.${criterion.metric}`, { count: Math.ceil(missing), missing: metricValue(format, criterion.metric, missing) });
  return criterion.scope === 'USER' ? `${sentence} ${t('progression.next.userScope')}` : sentence;
}

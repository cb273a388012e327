import type { Formatter } from '@relais/ui';

/** The change from the previous figure, as a signed percentage; null when there was nothing before. */
export function changeOf(current: number, previous: number): number | null {
  if (previous === 0) return current === 0 ? 0 : null;
  return (current - previous) / previous;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "+12.5 %", "−3 %", "no change" or "new", in the user's locale. */
export function changeText(t: Translate, format: Formatter, current: number, previous: number): string {
  const change = changeOf(current, previous);
  if (change === null) return t('dashboards.sales.newFigure');
  if (change === 0) return t('dashboards.sales.noChange');
  return format.number(change, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'always' });
}

export const amountOf = (format: Formatter, value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The last day of the previous period: the day before the period starts. */
export function dayBefore(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** A period's default: the last 90 days, today included. */
export function lastDays(days: number, today = new Date()): { from: string; to: string } {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

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

/** The last day of the month before the one `iso` is in. */
export function monthBefore(iso: string): string {
  const day = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  day.setUTCDate(0);
  return day.toISOString().slice(0, 10);
}

/** The filter's months ('YYYY-MM') as the API's period: the first day of the first, the last day of the last. */
export function periodOfMonths(from: string, to: string): { from: string; to: string } {
  const [year, month] = to.split('-').map(Number);
  const last = year && month ? new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) : `${to}-31`;
  return { from: `${from}-01`, to: last };
}

/** The last `months` months, this one included, as 'YYYY-MM'. */
export function lastMonths(months: number, today = new Date()): { from: string; to: string } {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1), 1));
  return { from: start.toISOString().slice(0, 7), to: today.toISOString().slice(0, 7) };
}

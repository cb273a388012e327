import type { CapPeriod } from './earning-rule';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const toUtc = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const addCalendarDays = (date: string, days: number): string => new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Calendar days from `from` to `to` (UTC dates); negative when `to` is earlier. */
export const calendarDaysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export const utcDateOf = (instant: Date | string): string => new Date(instant).toISOString().slice(0, 10);

/** The calendar period holding a date, as a key and its bounds: 2026-03, 2026-Q1, 2026. */
export function calendarPeriodOf(date: string, period: CapPeriod): { key: string; from: string; to: string } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const bounds = (firstMonth: number, months: number) => {
    const from = new Date(Date.UTC(year, firstMonth - 1, 1));
    const to = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
    return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  };
  switch (period) {
    case 'MONTH':
      return { key: date.slice(0, 7), ...bounds(month, 1) };
    case 'QUARTER': {
      const quarter = Math.ceil(month / 3);
      return { key: `${year}-Q${quarter}`, ...bounds(quarter * 3 - 2, 3) };
    }
    case 'YEAR':
      return { key: String(year), ...bounds(1, 12) };
  }
}

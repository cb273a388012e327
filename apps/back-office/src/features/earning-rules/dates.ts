import type { Formatter } from '@relais/ui';

/** A YYYY-MM-DD calendar date in the locale, read as a local day (not UTC midnight, which shifts west of Greenwich). */
export function calendarDate(format: Formatter, value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? format.date(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : '';
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

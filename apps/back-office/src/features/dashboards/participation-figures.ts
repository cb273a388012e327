import type { Formatter } from '@relais/ui';

/** Active over partners as a share (0 when there is no partner). */
export const rateOf = (active: number, partners: number) => (partners === 0 ? 0 : active / partners);

export const percent = (format: Formatter, share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 1 });

/** The month of a first day, e.g. "November 2026", in the user's locale (UTC, as the API counts). */
export const monthName = (format: Formatter, period: string, month: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(format.locale, { month, year: month === 'long' ? 'numeric' : '2-digit', timeZone: 'UTC' }).format(new Date(`${period}T00:00:00Z`));

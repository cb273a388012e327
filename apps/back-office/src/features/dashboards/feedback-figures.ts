import type { Formatter } from '@relais/ui';

import type { Translate } from './sales-figures';

/** "4.25 / 5", or "no rating" when nothing was rated. */
export function averageText(t: Translate, format: Formatter, average: number | null | undefined): string {
  if (average === null || average === undefined) return t('dashboards.feedback.noRating');
  return t('dashboards.feedback.outOfFive', { value: format.number(average, { minimumFractionDigits: 1, maximumFractionDigits: 2 }) });
}

/** A YYYY-MM-DD day or month as the API gives it, in the reader's language, read in UTC (the day is the sale's, not a time). */
export function dayText(locale: string, iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

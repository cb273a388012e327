export interface Formatter {
  locale: string;
  /** 12 March 2026 / 12 mars 2026 */
  date(value: string | Date | null | undefined): string;
  /** 12 Mar 2026, 14:05 */
  dateTime(value: string | Date | null | undefined): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  currency(value: number, currency?: string): string;
  percent(value: number): string;
  /** FR → France / France; unknown codes are returned as given. */
  country(code: string): string;
}

const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/** Locale-aware formatting through Intl; an empty or invalid date gives an empty string. */
export function createFormatter(locale: string, timeZone?: string): Formatter {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const safe = (format: Intl.DateTimeFormat, value: string | Date | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '';
    const date = toDate(value);
    return Number.isNaN(date.getTime()) ? '' : format.format(date);
  };
  return {
    locale,
    date: (value) => safe(dateFormat, value),
    dateTime: (value) => safe(dateTimeFormat, value),
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    currency: (value, currency = 'EUR') => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value),
    percent: (value) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value),
    country: (code) => {
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}

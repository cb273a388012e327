import type { Locale } from '@relais/i18n';

/**
 * A date and time as the recipient reads it. Users have no time zone yet, so the time is
 * given in UTC and says so.
 */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date) + ' UTC';
}

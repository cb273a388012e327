import type { Formatter } from '../format/format';

export interface NotificationLike {
  kind: string;
  params: readonly { name: string; value: string; format: 'TEXT' | 'NUMBER' | 'DATE' }[];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A date-only value read at local noon, so no time zone moves it to the day before. */
const asDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00` : value);

/**
 * The sentence of a notification in the reader's language: notifications.kind.<KIND>, refined by its
 * status param when there is a sentence for it (i18next context, e.g. DECLARATION_DECIDED_APPROVED).
 */
export function notificationSentence(t: Translate, format: Formatter, notification: NotificationLike): string {
  const values: Record<string, string> = {};
  for (const param of notification.params) {
    if (param.format === 'NUMBER') values[param.name] = format.number(Number(param.value));
    else if (param.format === 'DATE') values[param.name] = format.date(asDate(param.value));
    else values[param.name] = param.value;
  }
  return t(`notifications.kind.${notification.kind}`, { ...values, context: values['status'], defaultValue: t('notifications.unknownKind') });
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 3600],
  ['day', 86_400],
];

/** "5 minutes ago", "yesterday"; beyond a week, the date itself. Null under a minute ("just now"). */
export function relativeTime(format: Formatter, value: string | Date, now: Date = new Date()): string | null {
  const date = value instanceof Date ? value : new Date(value);
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const past = Math.abs(seconds);
  if (past < 60) return null;
  if (past >= 7 * 86_400) return format.date(date);
  const relative = new Intl.RelativeTimeFormat(format.locale, { numeric: 'auto' });
  const [unit, size] = [...UNITS].reverse().find(([, s]) => past >= s) ?? UNITS[0];
  return relative.format(Math.round(seconds / size), unit);
}

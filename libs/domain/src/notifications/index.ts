/**
 * What an in-app notification is about. The apps render each kind's sentence from its params in
 * the reader's language (notifications.kind.<KIND> in @relais/i18n); add a kind here and there.
 */
export const NOTIFICATION_KINDS = [
  'DECLARATION_DECIDED',
  'DECLARATION_INFO_REQUESTED',
  'DECLARATION_REVERSED',
  'REWARD_ORDER_APPROVED',
  'REWARD_ORDER_REJECTED',
  'REWARD_ORDER_SHIPPED',
  'REWARD_ORDER_DELIVERED',
  'REWARD_ORDER_CANCELLED',
  'BADGE_EARNED',
  'OBJECTIVE_NUDGE',
  'OBJECTIVE_REACHED',
  'STAGE_COMPLETED',
  'TIER_CHANGED',
  'CHALLENGE_RANK_GAINED',
  'CHALLENGE_PRIZE_WON',
  'WEEKLY_RECAP',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How a param's value is to be shown: dates and numbers are formatted for the reader's locale. */
export const NOTIFICATION_PARAM_FORMATS = ['TEXT', 'NUMBER', 'DATE'] as const;
export type NotificationParamFormat = (typeof NOTIFICATION_PARAM_FORMATS)[number];

/** A param as stored: numbers stay numbers, dates are ISO strings (2026-03-12 or a full timestamp). */
export type NotificationParamValue = string | number;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const notificationParamFormat = (value: NotificationParamValue): NotificationParamFormat => {
  if (typeof value === 'number') return 'NUMBER';
  return ISO_DATE.test(value) ? 'DATE' : 'TEXT';
};

export * from './preferences';

import { isPartnerRole, type Role } from '../roles';
import { NOTIFICATION_KINDS, type NotificationKind } from './index';

/** Whether a kind reaches its user in the app and by e-mail; null means that way is not offered. */
export interface NotificationChannels {
  inApp: boolean | null;
  email: boolean | null;
}

/**
 * Kinds e-mailed unless the user switched them off (the value is the default). Kinds absent are
 * never e-mailed: rank moves come too often for a mailbox, the app is enough. Keyed by string
 * because features add kinds; a spec checks every key is a kind.
 */
export const EMAIL_DEFAULTS: Readonly<Record<string, boolean>> = {
  DECLARATION_DECIDED: true,
  DECLARATION_INFO_REQUESTED: true,
  DECLARATION_REVERSED: true,
  REWARD_ORDER_APPROVED: true,
  REWARD_ORDER_REJECTED: true,
  REWARD_ORDER_SHIPPED: true,
  REWARD_ORDER_DELIVERED: true,
  REWARD_ORDER_CANCELLED: true,
  CHALLENGE_PRIZE_WON: true,
  STAGE_COMPLETED: true,
  TIER_CHANGED: true,
  BADGE_EARNED: true,
  OBJECTIVE_NUDGE: true,
  OBJECTIVE_REACHED: true,
  WEEKLY_RECAP: true,
};

/** Kinds that are only e-mails (a recap in the bell would repeat the bell). */
export const EMAIL_ONLY_KINDS: ReadonlySet<string> = new Set(['WEEKLY_RECAP']);

/** What a kind does for a user who never changed anything. */
export function notificationDefaults(kind: NotificationKind): NotificationChannels {
  return {
    inApp: EMAIL_ONLY_KINDS.has(kind) ? null : true,
    email: kind in EMAIL_DEFAULTS ? (EMAIL_DEFAULTS[kind]) : null,
  };
}

/**
 * The kinds a role can receive, hence can switch. Every kind so far tells a partner's user about
 * their own activity; brand kinds (a queue to review…) will be listed here when they exist.
 */
export function notificationKindsFor(role: Role): NotificationKind[] {
  return isPartnerRole(role) ? [...NOTIFICATION_KINDS] : [];
}

import type { WebhookEvent } from '@relais/graphql-client';

/** In the order the form lists them. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['DECLARATION_DECIDED', 'ORDER_PLACED', 'ORDER_STATUS_CHANGED', 'BADGE_EARNED'];

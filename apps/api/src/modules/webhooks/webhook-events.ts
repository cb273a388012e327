import { registerEnumType } from '@nestjs/graphql';

/** The events a brand admin can subscribe an endpoint to; docs/integration-api.md shows each payload. */
export const WEBHOOK_EVENTS = ['DECLARATION_DECIDED', 'ORDER_PLACED', 'ORDER_STATUS_CHANGED', 'BADGE_EARNED'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** PING is sent by testWebhookEndpoint only; no endpoint subscribes to it. */
export type WebhookDeliveryEvent = WebhookEvent | 'PING';

export const WebhookEventEnum = Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, e])) as { [K in WebhookEvent]: K };
registerEnumType(WebhookEventEnum, { name: 'WebhookEvent' });

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

import type { WebhookDelivery } from './webhook-delivery.entity';

/** The JSON a receiver gets: the same bytes at every attempt and replay of a delivery. */
export function webhookBody(delivery: Pick<WebhookDelivery, 'eventId' | 'event' | 'createdAt' | 'payload'>): string {
  return JSON.stringify({ id: delivery.eventId, type: delivery.event, createdAt: delivery.createdAt.toISOString(), data: delivery.payload });
}

import { randomUUID } from 'node:crypto';

import type { ActivityEventType } from '@relais/domain';

import { ActivityService } from '../../src/modules/activity/activity.service';
import { ActivityProcessor } from '../../src/modules/activity/activity-processor';
import { TestApp } from './test-app';

export const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Records domain events as the features would, at the given times. */
export async function recordEvents(
  t: TestApp,
  events: { type: ActivityEventType; partnerId: string; userId: string | null; occurredAt?: Date; payload?: Record<string, unknown> }[],
): Promise<void> {
  await t.dataSource.transaction(async (manager) => {
    for (const event of events) await t.app.get(ActivityService).record(manager, event);
  });
}

/** An approval of `quantity` units of a product, as DeclarationsService records it. */
export const approvalEvent = (partnerId: string, userId: string, quantity: number, product: { id: string; category: string }) => ({
  type: 'DECLARATION_APPROVED' as const,
  partnerId,
  userId,
  payload: { declarationId: randomUUID(), countedOn: dayOffset(0), lines: [{ productId: product.id, category: product.category, quantity, amount: String(quantity * 100) }] },
});

/** Processes until nothing is pending: awards record events (BADGE_EARNED…) that a later batch counts. */
export async function processAll(t: TestApp): Promise<void> {
  const processor = t.app.get(ActivityProcessor);
  while ((await processor.processPending()) > 0);
}

/** Processes a partner's events once more, as a crashed-then-retried or replayed batch would. */
export async function replayEvents(t: TestApp, partnerId: string): Promise<void> {
  await t.sql('UPDATE domain_events SET processed_at = NULL WHERE partner_id = $1', [partnerId]);
  await processAll(t);
}

import { randomUUID } from 'node:crypto';

import { LedgerService } from '../../src/modules/ledger/ledger.service';
import { TestApp } from './test-app';

export const ITEM_FIELDS = 'id sku title pointsCost stock active orderableByMe affordable segmentIds';
export const ORDER_FIELDS = `id reference status totalPoints refundedPoints rejectReason carrier trackingNumber deliveryEmail
  partner { id code } orderedById orderedByName shippingAddress { recipient city country }
  lines { quantity pointsEach points item { id sku } } events { status message authorName }`;

export const CREATE_ITEM = `mutation ($input: RewardItemInput!) { createRewardItem(input: $input) { ${ITEM_FIELDS} } }`;
export const PLACE = `mutation ($input: PlaceOrderInput!) { placeRewardOrder(input: $input) { ${ORDER_FIELDS} } }`;

export const ADDRESS = { recipient: 'Léa Moreau', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' };

/** A valid item input; override what the test is about. */
export const itemInput = (overrides: Record<string, unknown> = {}) => ({
  sku: `RW-${randomUUID().slice(0, 8).toUpperCase()}`,
  titleFr: 'Mug Relais',
  titleEn: 'Relais mug',
  descriptionFr: 'Un mug.',
  descriptionEn: 'A mug.',
  imageUrls: ['https://example.com/mug.png'],
  category: 'GOODIE',
  delivery: 'SHIPPED',
  pointsCost: 40,
  stock: null,
  segmentIds: [],
  ...overrides,
});

export async function createItem(t: TestApp, adminToken: string, overrides: Record<string, unknown> = {}): Promise<{ id: string; sku: string }> {
  const result = await t.gql(CREATE_ITEM, { input: itemInput(overrides) }, { token: adminToken });
  if (!result.data?.createRewardItem) throw new Error(`createRewardItem failed: ${JSON.stringify(result.errors)}`);
  return result.data.createRewardItem;
}

/** Pays points into a user's wallet through the ledger, as a quiz would. */
export async function givePoints(t: TestApp, userId: string, amount: number): Promise<void> {
  await t.dataSource.transaction((manager) =>
    t.app.get(LedgerService).credit(manager, {
      account: { ownerType: 'USER', ownerId: userId },
      amount,
      kind: 'QUIZ_PASSED',
      source: { type: 'QUIZ', id: randomUUID() },
      idempotencyKey: `test:${randomUUID()}`,
    }),
  );
}

export async function availablePoints(t: TestApp, userId: string): Promise<number> {
  return (await t.app.get(LedgerService).balance(t.dataSource.manager, { ownerType: 'USER', ownerId: userId })).available;
}

/** The sum of a user's ledger entries, which the balance must always equal. */
export async function ledgerSum(t: TestApp, userId: string): Promise<number> {
  const [row] = await t.sql<{ sum: number }>(
    `SELECT coalesce(sum(e.amount), 0)::int AS sum FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
     WHERE a.owner_type = 'USER' AND a.owner_id = $1`,
    [userId],
  );
  return row.sum;
}

export const order = (itemId: string, quantity = 1, extra: Record<string, unknown> = {}) => ({
  lines: [{ itemId, quantity }],
  shippingAddress: ADDRESS,
  idempotencyKey: randomUUID(),
  ...extra,
});

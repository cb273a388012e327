import { availablePoints, createItem, givePoints, ledgerSum, order, PLACE } from '../../../test/support/rewards';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

/** Ten partner users of five partners, each signed in once. */
const accounts = [1, 2, 3, 4, 5].flatMap((n) => {
  const partner = demoPartnerAccounts(n);
  return [partner.admin, partner.member];
});

describe('RewardOrdersService under concurrency', () => {
  let t: TestApp;
  let admin: string;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    for (const user of accounts) tokens.set(user.id, await t.tokenFor(user.email));
  });
  afterAll(() => t.close());

  it('sells exactly the stock when 50 orders arrive at once, and every balance matches the ledger', async () => {
    const item = await createItem(t, admin, { pointsCost: 25, stock: 10 });
    for (const user of accounts) await givePoints(t, user.id, 1_000);
    const orderers = Array.from({ length: 50 }, (_, i) => accounts[i % accounts.length]);
    const results = await Promise.all(orderers.map((user) => t.gql(PLACE, { input: order(item.id) }, { token: tokens.get(user.id) })));
    const succeeded = results.filter((r) => r.data?.placeRewardOrder);
    expect(succeeded).toHaveLength(10);
    results.filter((r) => !r.data?.placeRewardOrder).forEach((r) => expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'REWARD_OUT_OF_STOCK', field: 'lines.0.quantity' }));
    expect((await t.sql('SELECT stock FROM reward_items WHERE id = $1', [item.id]))[0].stock).toBe(0);
    for (const user of accounts) {
      const [{ spent }] = await t.sql<{ spent: number }>("SELECT coalesce(sum(total_points), 0)::int AS spent FROM reward_orders WHERE ordered_by_id = $1", [user.id]);
      expect(await availablePoints(t, user.id)).toBe(1_000 - spent);
      expect(await ledgerSum(t, user.id)).toBe(1_000 - spent);
    }
    const [{ orders }] = await t.sql<{ orders: number }>('SELECT count(*)::int AS orders FROM reward_orders');
    expect(orders).toBe(10);
  });

  it('lets a user with 100 points place at most two of five 40-point orders sent at once, never going below zero', async () => {
    const user = demoPartnerAccounts(6).member;
    const token = await t.tokenFor(user.email);
    await givePoints(t, user.id, 100);
    const item = await createItem(t, admin, { pointsCost: 40 });
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(PLACE, { input: order(item.id) }, { token })));
    const succeeded = results.filter((r) => r.data?.placeRewardOrder).length;
    expect(succeeded).toBeLessThanOrEqual(2);
    expect(succeeded).toBeGreaterThanOrEqual(1);
    results.filter((r) => !r.data?.placeRewardOrder).forEach((r) => expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'INSUFFICIENT_POINTS', field: 'lines' }));
    expect(await availablePoints(t, user.id)).toBe(100 - 40 * succeeded);
    expect(await ledgerSum(t, user.id)).toBe(100 - 40 * succeeded);
    const [{ negative }] = await t.sql<{ negative: number }>('SELECT count(*)::int AS negative FROM ledger_lots WHERE remaining < 0');
    expect(negative).toBe(0);
  });
});

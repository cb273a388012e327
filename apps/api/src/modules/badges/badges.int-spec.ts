import { addDays, calendarPeriod } from '@relais/domain';

import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { approvalEvent, dayOffset, processAll, recordEvents, replayEvents } from '../../../test/support/gamification';
import { createItem } from '../../../test/support/rewards';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const BADGE_FIELDS = 'id nameEn nameFr icon metric category productIds scope threshold window windowDays repeat period points rewardItemId active earnedCount';
const CREATE = `mutation ($input: BadgeInput!) { createBadge(input: $input) { ${BADGE_FIELDS} } }`;
const MINE = `query { myBadges { earned timesEarned lastEarnedAt value badge { id threshold } } }`;
const heatPump = ACTIVE_PRODUCTS.find((p) => p.category === 'Heat pumps') as (typeof ACTIVE_PRODUCTS)[number];

const badgeInput = (patch: Record<string, unknown> = {}) => ({
  nameEn: 'First sale',
  nameFr: 'Première vente',
  descriptionEn: 'A first approved declaration.',
  descriptionFr: 'Une première déclaration approuvée.',
  icon: 'STAR',
  metric: 'DECLARATIONS_APPROVED',
  scope: 'USER',
  threshold: 1,
  window: 'ALL_TIME',
  repeat: 'ONCE',
  points: 25,
  active: true,
  ...patch,
});

describe('Badges', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    await processAll(t);
  });
  afterAll(() => t.close());

  const createBadge = async (patch: Record<string, unknown> = {}) => {
    const result = await t.gql(CREATE, { input: badgeInput(patch) }, { token: admin });
    if (!result.data?.createBadge) throw new Error(JSON.stringify(result.errors));
    return result.data.createBadge as { id: string };
  };
  const count = async (sql: string, params: unknown[]) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) q`, params))[0].n;
  const badgeEntries = (ownerId: string) =>
    count(`SELECT e.id FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.owner_id = $1 AND e.kind = 'BADGE'`, [ownerId]);

  describe('BadgeAwarder', () => {
    it('awards a badge, its points and its goodie once even when its event is processed twice', async () => {
      const { partnerId, admin: user } = demoPartnerAccounts(5);
      const item = await createItem(t, admin, { stock: 5, delivery: 'SHIPPED' });
      const badge = await createBadge({ rewardItemId: item.id, points: 25 });
      const partner = await t.tokenFor(user.email);
      const declaration = await declare(t, partner, declarationInput({ lines: [lineInput({ productId: heatPump.id, quantity: 1 })] }));
      expect((await t.gql(OPS.approve, { id: declaration.id }, { token: admin })).data?.approveDeclaration.status).toBe('APPROVED');
      await processAll(t);
      await replayEvents(t, partnerId);

      const awards = await t.sql('SELECT owner_id, period_key FROM badge_awards WHERE badge_id = $1', [badge.id]);
      expect(awards).toEqual([{ owner_id: user.id, period_key: 'ONCE' }]);
      expect(await badgeEntries(user.id)).toBe(1);
      const orders = await t.sql('SELECT total_points, ordered_by_id, source_type, status FROM reward_orders WHERE source_id IN (SELECT id::text FROM badge_awards WHERE badge_id = $1)', [badge.id]);
      expect(orders).toEqual([{ total_points: 0, ordered_by_id: user.id, source_type: 'BADGE_AWARD', status: 'REQUESTED' }]);
      expect((await t.sql('SELECT stock FROM reward_items WHERE id = $1', [item.id]))[0].stock).toBe(4);
      expect(await count(`SELECT id FROM domain_events WHERE type = 'BADGE_EARNED' AND subject_id = $1`, [badge.id])).toBe(1);
      expect(await count(`SELECT id FROM notifications WHERE user_id = $1 AND kind = 'BADGE_EARNED'`, [user.id])).toBe(1);
      const wall = await t.gql(MINE, {}, { token: partner });
      expect(wall.data?.myBadges.find((b: { badge: { id: string } }) => b.badge.id === badge.id)).toMatchObject({ earned: true, timesEarned: 1 });

      // Rejecting the free goodie gives its stock back and no points (it took none).
      const [{ id: orderId }] = await t.sql('SELECT id FROM reward_orders WHERE source_id IN (SELECT id::text FROM badge_awards WHERE badge_id = $1)', [badge.id]);
      const rejected = await t.gql('mutation ($id: ID!) { rejectRewardOrder(id: $id, reason: "Out of season") { status refundedPoints } }', { id: orderId }, { token: admin });
      expect(rejected.data?.rejectRewardOrder).toEqual({ status: 'REJECTED', refundedPoints: 0 });
      expect((await t.sql('SELECT stock FROM reward_items WHERE id = $1', [item.id]))[0].stock).toBe(5);
    });

    it('awards a ONCE_PER_PERIOD badge again in the next period, paying each period once', async () => {
      const { partnerId, member } = demoPartnerAccounts(6);
      const badge = await createBadge({ metric: 'SIGN_IN_DAYS', threshold: 2, window: 'CURRENT_PERIOD', repeat: 'ONCE_PER_PERIOD', period: 'MONTH', points: 10 });
      const thisMonth = calendarPeriod('MONTH', dayOffset(0));
      const lastMonth = calendarPeriod('MONTH', addDays(thisMonth.from, -1));
      const twoMonthsAgo = calendarPeriod('MONTH', addDays(lastMonth.from, -1));
      const at = (day: string) => new Date(`${day}T10:00:00Z`);
      const signIn = (day: string) => ({ type: 'SIGNED_IN' as const, partnerId, userId: member.id, occurredAt: at(day) });
      await recordEvents(t, [signIn(twoMonthsAgo.from), signIn(addDays(twoMonthsAgo.from, 1))]);
      await processAll(t);
      await recordEvents(t, [signIn(lastMonth.from), signIn(addDays(lastMonth.from, 2))]);
      await processAll(t);
      await replayEvents(t, partnerId);

      const keys = (await t.sql('SELECT period_key FROM badge_awards WHERE badge_id = $1 ORDER BY period_key', [badge.id])).map((r) => r.period_key);
      expect(keys).toEqual([twoMonthsAgo.key, lastMonth.key]);
      expect(await badgeEntries(member.id)).toBe(2);
    });

    it("pays a PARTNER badge into the partner's wallet and skips a goodie out of stock without failing", async () => {
      const { partnerId, admin: user } = demoPartnerAccounts(7);
      const item = await createItem(t, admin, { stock: 0 });
      const badge = await createBadge({ scope: 'PARTNER', metric: 'UNITS_SOLD', category: heatPump.category, threshold: 3, points: 40, rewardItemId: item.id });
      await recordEvents(t, [approvalEvent(partnerId, user.id, 3, heatPump)]);
      await processAll(t);

      expect(await count('SELECT id FROM badge_awards WHERE badge_id = $1 AND owner_id = $2', [badge.id, partnerId])).toBe(1);
      expect(await badgeEntries(partnerId)).toBe(1);
      expect(await count(`SELECT id FROM domain_events WHERE type = 'DECLARATION_APPROVED' AND partner_id = $1 AND processed_at IS NULL`, [partnerId])).toBe(0);
      expect(await count('SELECT id FROM reward_orders WHERE source_id IN (SELECT id::text FROM badge_awards WHERE badge_id = $1)', [badge.id])).toBe(0);
    });

    it('leaves a badge unearned below its threshold and shows the progress on the wall', async () => {
      const { partnerId, member } = demoPartnerAccounts(8);
      const badge = await createBadge({ metric: 'UNITS_SOLD', threshold: 10, window: 'ROLLING_DAYS', windowDays: 30 });
      await recordEvents(t, [approvalEvent(partnerId, member.id, 4, heatPump)]);
      await processAll(t);

      expect(await count('SELECT id FROM badge_awards WHERE badge_id = $1', [badge.id])).toBe(0);
      const wall = await t.gql(MINE, {}, { token: await t.tokenFor(member.email) });
      expect(wall.data?.myBadges.find((b: { badge: { id: string } }) => b.badge.id === badge.id)).toEqual({
        earned: false,
        timesEarned: 0,
        lastEarnedAt: null,
        value: 4,
        badge: { id: badge.id, threshold: 10 },
      });
    });
  });

  describe('createBadge', () => {
    it.each([
      [{ window: 'ROLLING_DAYS' }, 'INVALID_INPUT', 'windowDays'],
      [{ repeat: 'ONCE_PER_PERIOD' }, 'INVALID_INPUT', 'period'],
      [{ category: 'Heat pumps' }, 'METRIC_FILTER_NOT_ALLOWED', 'category'],
      [{ metric: 'UNITS_SOLD', category: 'No such category' }, 'PRODUCT_CATEGORY_NOT_FOUND', 'category'],
      [{ threshold: 0 }, 'INVALID_INPUT', 'threshold'],
      [{ nameFr: '  ' }, 'INVALID_INPUT', 'nameFr'],
      [{ rewardItemId: '00000000-0000-4000-8000-000000000000' }, 'REWARD_ITEM_NOT_FOUND', 'rewardItemId'],
    ])('answers the field in error for %j and creates nothing', async (patch, code, field) => {
      const before = await count('SELECT id FROM badges', []);
      const result = await t.gql(CREATE, { input: badgeInput(patch) }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await count('SELECT id FROM badges', [])).toBe(before);
    });

    it('is for brand admins only', async () => {
      const manager = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const partner = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      for (const token of [manager, partner]) {
        expect((await t.gql(CREATE, { input: badgeInput() }, { token })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN/);
        expect((await t.gql(`query { badges { id } }`, {}, { token })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN/);
      }
    });

    it('lists each badge with how many times it was earned', async () => {
      const list = await t.gql(`query { badges { id earnedCount } }`, {}, { token: admin });
      const counts = (await t.sql<{ badge_id: string; n: number }>('SELECT badge_id, count(*)::int AS n FROM badge_awards GROUP BY badge_id'));
      for (const { badge_id, n } of counts) expect(list.data?.badges.find((b: { id: string }) => b.id === badge_id)?.earnedCount).toBe(n);
    });
  });
});

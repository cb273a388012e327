import { incrementsFor, type Metric, type MetricFilter, type MetricScope, productKey } from '@relais/domain';

import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityService } from './activity.service';
import { ActivityProcessor } from './activity-processor';
import { MetricsService } from './metrics.service';

const north = demoPartnerAccounts(1);
const today = () => new Date().toISOString().slice(0, 10);
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const heatPump = ACTIVE_PRODUCTS.find((p) => p.category === 'Heat pumps') as (typeof ACTIVE_PRODUCTS)[number];
const boiler = ACTIVE_PRODUCTS.find((p) => p.category === 'Boilers') as (typeof ACTIVE_PRODUCTS)[number];

describe('ActivityProcessor', () => {
  let t: TestApp;
  let partner: string;
  let brandAdmin: string;
  let processor: ActivityProcessor;
  let metrics: MetricsService;

  // The background job is slowed down so that each test decides when events are processed.
  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    processor = t.app.get(ActivityProcessor);
    metrics = t.app.get(MetricsService);
    [partner, brandAdmin] = await Promise.all([t.tokenFor(north.admin.email), t.tokenFor(DEMO_USERS.brandAdmin.email)]);
    await processor.processPending();
    // The heat pump has buckets of its own from the start, as when a badge names it before any sale.
    await t.dataSource.transaction((manager) => metrics.track(manager, { productIds: [heatPump.id] }));
  });
  afterAll(() => t.close());

  const value = (metric: Metric, scope: MetricScope, ownerId: string, filter?: MetricFilter, from = dayOffset(-400), to = dayOffset(1)) =>
    metrics.value(t.dataSource.manager, { metric, scope, ownerId, filter, from, to });

  /** The sales metrics of the partner and of its declarer, as one object to compare before and after. */
  const sales = async () => {
    const read = (scope: MetricScope, ownerId: string) =>
      Promise.all([
        value('DECLARATIONS_APPROVED', scope, ownerId),
        value('UNITS_SOLD', scope, ownerId),
        value('SALES_AMOUNT', scope, ownerId),
        value('UNITS_SOLD', scope, ownerId, { category: 'Boilers' }),
        value('SALES_AMOUNT', scope, ownerId, { productIds: [heatPump.id] }),
      ]);
    return { partner: await read('PARTNER', north.partnerId), user: await read('USER', north.admin.id) };
  };
  const plus = (before: number[], added: number[]) => before.map((v, i) => Math.round((v + (added[i] ?? 0)) * 100) / 100);

  const approvedDeclaration = async () => {
    const declaration = await declare(
      t,
      partner,
      declarationInput({ lines: [lineInput({ productId: heatPump.id, quantity: 3, amount: 4500.5 }), lineInput({ productId: boiler.id, quantity: 2, amount: 1800 })] }),
    );
    const approved = await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin });
    expect(approved.data?.approveDeclaration.status).toBe('APPROVED');
    return declaration.id as string;
  };
  const added = [1, 5, 6300.5, 2, 4500.5];

  describe('processPending', () => {
    it("moves the partner's and the declarer's counters by the approved quantities and amounts", async () => {
      const before = await sales();
      await approvedDeclaration();
      expect(await sales()).toEqual(before);
      await processor.processPending();
      expect(await sales()).toEqual({ partner: plus(before.partner, added), user: plus(before.user, added) });
    });

    it('counts only the approved lines of a partially approved declaration, and nothing for another partner', async () => {
      const before = await sales();
      const otherPartner = demoPartnerAccounts(2).partnerId;
      const otherBefore = await value('UNITS_SOLD', 'PARTNER', otherPartner);
      const declaration = await declare(
        t,
        partner,
        declarationInput({ lines: [lineInput({ productId: heatPump.id, quantity: 3, amount: 4500.5 }), lineInput({ productId: boiler.id, quantity: 2, amount: 1800 })] }),
      );
      const [first, second] = declaration.lines;
      const lines = [{ lineId: first.id, decision: 'APPROVE' }, { lineId: second.id, decision: 'REJECT', reasonCode: 'MISSING_PROOF' }];
      const decided = await t.gql(OPS.decide, { id: declaration.id, input: { lines } }, { token: brandAdmin });
      expect(decided.data?.decideDeclaration.status).toBe('PARTIALLY_APPROVED');
      await processor.processPending();
      const heatPumpOnly = [1, 3, 4500.5, 0, 4500.5];
      expect(await sales()).toEqual({ partner: plus(before.partner, heatPumpOnly), user: plus(before.user, heatPumpOnly) });
      expect(await value('UNITS_SOLD', 'PARTNER', otherPartner)).toBe(otherBefore);
    });

    it('takes back what the approval added when the declaration is reversed', async () => {
      const before = await sales();
      const id = await approvedDeclaration();
      await processor.processPending();
      const reversed = await t.gql(OPS.reverse, { id, reason: 'Invoice cancelled' }, { token: brandAdmin });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      await processor.processPending();
      expect(await sales()).toEqual(before);
    });

    it('counts an event once when processing runs twice', async () => {
      const before = await sales();
      await approvedDeclaration();
      expect(await processor.processPending()).toBeGreaterThan(0);
      expect(await processor.processPending()).toBe(0);
      expect(await sales()).toEqual({ partner: plus(before.partner, added), user: plus(before.user, added) });
    });

    it('counts each event once when two processors run at once', async () => {
      const before = await sales();
      await Promise.all([approvedDeclaration(), approvedDeclaration(), approvedDeclaration()]);
      const pending = (await t.sql('SELECT count(*)::int AS n FROM domain_events WHERE processed_at IS NULL'))[0].n as number;
      const [first, second] = await Promise.all([processor.processPending(), processor.processPending()]);
      expect(first + second).toBe(pending);
      const thrice = added.map((v) => v * 3);
      expect(await sales()).toEqual({ partner: plus(before.partner, thrice), user: plus(before.user, thrice) });
    });

    it('counts feedback given with a submitted declaration', async () => {
      const before = await value('FEEDBACK_GIVEN', 'USER', north.admin.id);
      await declare(t, partner, declarationInput({ feedback: { rating: 4, comment: 'Customer pleased' } }));
      await declare(t, partner, declarationInput());
      await processor.processPending();
      expect(await value('FEEDBACK_GIVEN', 'USER', north.admin.id)).toBe(before + 1);
    });
  });

  describe('a product tracked after its sales', () => {
    /** What the domain rule gives a product over every processed event, as if it had been tracked all along. */
    const countedAllAlong = async (productId: string) => {
      const events = await t.sql(
        `SELECT type, occurred_at, partner_id, user_id, payload FROM domain_events
          WHERE processed_at IS NOT NULL AND type IN ('DECLARATION_APPROVED', 'DECLARATION_REVERSED') AND partner_id = $1`,
        [north.partnerId],
      );
      return events
        .flatMap((e) => incrementsFor({ type: e.type, occurredAt: e.occurred_at, partnerId: e.partner_id, userId: e.user_id, payload: e.payload }))
        .filter((i) => i.metric === 'SALES_AMOUNT' && i.scope === 'PARTNER' && i.filterKey === productKey(productId))
        .reduce((sum, i) => Math.round((sum + Number(i.value)) * 100) / 100, 0);
    };

    it('has no buckets of its own until tracked, then reads its whole past, reversals included, and keeps counting', async () => {
      const id = await approvedDeclaration();
      await processor.processPending();
      await t.gql(OPS.reverse, { id, reason: 'Invoice cancelled' }, { token: brandAdmin });
      await approvedDeclaration();
      await processor.processPending();
      const boilerAmount = () => value('SALES_AMOUNT', 'PARTNER', north.partnerId, { productIds: [boiler.id] });
      expect(await boilerAmount()).toBe(0);

      await t.dataSource.transaction((manager) => metrics.track(manager, { productIds: [boiler.id] }));
      const past = await countedAllAlong(boiler.id);
      expect(past).toBeGreaterThan(0);
      expect(await boilerAmount()).toBe(past);

      await t.dataSource.transaction((manager) => metrics.track(manager, { productIds: [boiler.id] }));
      expect(await boilerAmount()).toBe(past);
      await approvedDeclaration();
      await processor.processPending();
      expect(await boilerAmount()).toBe(past + 1800);
    });
  });

  describe('sign-in days', () => {
    it('counts a day once however many times the user signs in', async () => {
      await processor.processPending();
      const before = await value('SIGN_IN_DAYS', 'USER', north.admin.id, undefined, today(), today());
      await t.tokenFor(north.admin.email);
      await t.tokenFor(north.admin.email);
      await processor.processPending();
      expect(before).toBeLessThanOrEqual(1);
      expect(await value('SIGN_IN_DAYS', 'USER', north.admin.id, undefined, today(), today())).toBe(1);
    });

    it('sums the right days over a window', async () => {
      const user = north.member;
      const activity = t.app.get(ActivityService);
      const at = (days: number) => new Date(Date.now() + days * 86_400_000);
      await t.dataSource.transaction(async (manager) => {
        for (const days of [-30, -10, -10, -5, -1]) {
          await activity.record(manager, { type: 'SIGNED_IN', partnerId: north.partnerId, userId: user.id, occurredAt: at(days) });
        }
      });
      await processor.processPending();
      const window = (from: number, to: number) => value('SIGN_IN_DAYS', 'USER', user.id, undefined, dayOffset(from), dayOffset(to));
      expect(await window(-30, -30)).toBe(1);
      expect(await window(-10, -2)).toBe(2);
      expect(await window(-11, -1)).toBe(3);
      expect(await window(-29, -11)).toBe(0);
    });
  });
});

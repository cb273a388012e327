import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoProductId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';
import { LedgerService } from '../ledger/ledger.service';
import { TierEvaluation } from './tier-evaluation';

const STATUS = `query ($partnerId: ID) { tierStatus(partnerId: $partnerId) { partnerId basis value since missing tier { nameEn multiplier } nextTier { nameEn threshold } } }`;
const PROGRAMME = `{ tierProgramme { basis tiers { id nameEn nameFr threshold multiplier } } }`;
const CONFIGURE = `mutation ($input: TierProgrammeInput!) { configureTiers(input: $input) { basis tiers { nameEn threshold multiplier } } }`;
const SIMULATE = `query ($input: SimulateEarningInput!) { simulateEarning(input: $input) { total lines { points parts { code factor } } } }`;
const PARTNER_TIER = `query ($id: ID!) { partner(id: $id) { id tier { nameEn } tierSince } }`;

const BOILER_24KW = demoProductId(9);
const DAY = 86_400_000;
// Partner 13 has no channel manager and no demo activity.
const stuttgart = demoPartnerAccounts(13);
const north = demoPartnerAccounts(1);

describe('TiersService', () => {
  let t: TestApp;
  let brandAdmin: string;
  let evaluation: TierEvaluation;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    evaluation = t.app.get(TierEvaluation);
    brandAdmin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    await t.app.get(ActivityProcessor).processPending();
  });
  afterAll(() => t.close());

  let keys = 0;
  /** Points earned `daysAgo` days ago on the partner's wallet (back-dated: the ledger refuses updates, not inserts). */
  const earned = async (partnerId: string, amount: number, daysAgo: number) => {
    await t.dataSource.transaction(async (manager) => {
      const account = await t.app.get(LedgerService).ensureAccount(manager, { ownerType: 'PARTNER', ownerId: partnerId });
      await manager.query(
        `INSERT INTO ledger_entries (account_id, amount, kind, source_type, source_id, idempotency_key, created_at) VALUES ($1, $2, 'BADGE', 'TEST', 'test', $3, $4)`,
        [account.id, amount, `tier-test:${++keys}`, new Date(Date.now() - daysAgo * DAY)],
      );
    });
  };
  const recompute = (partnerId: string, now = new Date()) => t.dataSource.transaction((manager) => evaluation.recompute(manager, [partnerId], now));
  const tierOf = async (partnerId: string) => (await t.sql('SELECT t.name_en FROM partners p LEFT JOIN tiers t ON t.id = p.tier_id WHERE p.id = $1', [partnerId]))[0]?.name_en;

  describe('recompute', () => {
    it('counts the points of the last 12 months only, and moves the partner down as they leave the window', async () => {
      await earned(stuttgart.partnerId, 6000, 400);
      await recompute(stuttgart.partnerId);
      expect(await tierOf(stuttgart.partnerId)).toBe('Bronze');
      expect(await t.sql(`SELECT count(*)::int AS n FROM notifications WHERE kind = 'TIER_CHANGED' AND user_id = $1`, [stuttgart.admin.id])).toEqual([{ n: 0 }]);

      await earned(stuttgart.partnerId, 1200, 360);
      await recompute(stuttgart.partnerId);
      expect(await tierOf(stuttgart.partnerId)).toBe('Silver');
      const told = await t.sql(`SELECT params FROM notifications WHERE kind = 'TIER_CHANGED' AND user_id = $1`, [stuttgart.admin.id]);
      expect(told).toEqual([{ params: { status: 'UP', tierEn: 'Silver', tierFr: 'Argent', multiplier: 1.1 } }]);

      const status = (await t.gql(STATUS, {}, { token: await t.tokenFor(stuttgart.admin.email) })).data?.tierStatus;
      expect(status).toMatchObject({ basis: 'POINTS', value: 1200, missing: 3800, tier: { nameEn: 'Silver', multiplier: 1.1 }, nextTier: { nameEn: 'Gold', threshold: 5000 } });

      // Ten days on, the 1,200 points earned 360 days ago have left the window.
      await recompute(stuttgart.partnerId, new Date(Date.now() + 10 * DAY));
      expect(await tierOf(stuttgart.partnerId)).toBe('Bronze');
    });

    it('follows the sales of the last 12 months when the programme is measured on sales', async () => {
      const before = (await t.gql(PROGRAMME, {}, { token: brandAdmin })).data?.tierProgramme;
      const onSales = before.tiers.map((tier: { threshold: number }, i: number) => ({ ...tier, threshold: [0, 10000, 50000, 100000][i] }));
      const day = (ago: number) => new Date(Date.now() - ago * DAY).toISOString().slice(0, 10);
      await t.sql(`INSERT INTO metric_daily (metric, scope, owner_id, filter_key, day, value) VALUES ('SALES_AMOUNT', 'PARTNER', $1, '', $2, 60000), ('SALES_AMOUNT', 'PARTNER', $1, '', $3, 12000)`, [
        stuttgart.partnerId,
        day(500),
        day(30),
      ]);
      const configured = await t.gql(CONFIGURE, { input: { basis: 'SALES_AMOUNT', tiers: onSales } }, { token: brandAdmin });
      expect(configured.errors).toBeUndefined();
      expect(configured.data?.configureTiers.basis).toBe('SALES_AMOUNT');
      expect(await tierOf(stuttgart.partnerId)).toBe('Silver');
      // The default programme back (same ids) for the other tests.
      const restored = await t.gql(CONFIGURE, { input: { basis: 'POINTS', tiers: before.tiers } }, { token: brandAdmin });
      expect(restored.errors).toBeUndefined();
      await t.sql(`DELETE FROM metric_daily WHERE owner_id = $1`, [stuttgart.partnerId]);
    });
  });

  describe('earning multiplier', () => {
    it("multiplies a declaration's line points by the partner's tier at approval, and shows it in the simulation", async () => {
      await earned(north.partnerId, 6000, 10);
      await recompute(north.partnerId);
      expect(await tierOf(north.partnerId)).toBe('Gold');
      const partner = await t.tokenFor(north.admin.email);

      const line = { productId: BOILER_24KW, quantity: 3, amount: 4500, currency: 'EUR' };
      const simulated = (await t.gql(SIMULATE, { input: { saleDate: declarationInput().saleDate, lines: [line] } }, { token: partner })).data?.simulateEarning;
      expect(simulated.lines[0].parts).toContainEqual({ code: 'TIER_MULTIPLIER', factor: 1.25 });

      const declaration = await declare(t, partner, declarationInput({ lines: [lineInput({ productId: BOILER_24KW, quantity: 3, amount: 4500 })] }));
      expect((await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin })).data?.approveDeclaration.status).toBe('APPROVED');
      const [stored] = await t.sql<{ points_awarded: number; points_explanation: { parts: { code: string; params: { points?: number; factor?: number } }[] } }>(
        'SELECT points_awarded, points_explanation FROM declaration_lines WHERE declaration_id = $1',
        [declaration.id],
      );
      const parts = stored?.points_explanation.parts ?? [];
      const base = parts.find((p) => p.code.startsWith('BASE_'))?.params.points ?? 0;
      const factors = parts.filter((p) => p.code === 'MULTIPLIER').reduce((f, p) => f * (p.params.factor ?? 1), 1);
      const bonuses = parts.filter((p) => p.code.startsWith('BONUS_')).reduce((sum, p) => sum + (p.params.points ?? 0), 0);
      expect(parts).toContainEqual(expect.objectContaining({ code: 'TIER_MULTIPLIER', params: { factor: 1.25 } }));
      expect(base).toBeGreaterThan(0);
      expect(stored?.points_awarded).toBe(Math.round(base * factors * 1.25) + bonuses);
    });
  });

  describe('tierStatus', () => {
    it("answers PARTNER_NOT_FOUND when a partner user asks for another partner's tier", async () => {
      const result = await t.gql(STATUS, { partnerId: north.partnerId }, { token: await t.tokenFor(stuttgart.admin.email) });
      expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
    });

    it('shows on the partner for the brand', async () => {
      const result = await t.gql(PARTNER_TIER, { id: north.partnerId }, { token: brandAdmin });
      expect(result.data?.partner.tier).toEqual({ nameEn: 'Gold' });
    });
  });

  describe('configureTiers', () => {
    const tiers = [
      { nameEn: 'Bronze', nameFr: 'Bronze', threshold: 0, multiplier: 1 },
      { nameEn: 'Silver', nameFr: 'Argent', threshold: 1000, multiplier: 1.1 },
    ];

    it("answers the field's error and changes nothing on bad input", async () => {
      const before = (await t.gql(PROGRAMME, {}, { token: brandAdmin })).data;
      const cases: [Record<string, unknown>[], string, string][] = [
        [[tiers[0], { ...tiers[1], threshold: 0 }], 'TIER_THRESHOLD_TAKEN', 'tiers.1.threshold'],
        [[{ ...tiers[0], multiplier: 0.5 }], 'INVALID_INPUT', 'tiers.0.multiplier'],
        [[{ ...tiers[0], nameFr: ' ' }], 'INVALID_INPUT', 'tiers.0.nameFr'],
        [[{ ...tiers[0], id: '00000000-0000-4000-8000-000000000999' }], 'TIER_NOT_FOUND', 'tiers.0.id'],
      ];
      for (const [input, code, field] of cases) {
        const result = await t.gql(CONFIGURE, { input: { basis: 'POINTS', tiers: input } }, { token: brandAdmin });
        expect({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field }).toEqual({ code, field });
      }
      expect((await t.gql(PROGRAMME, {}, { token: brandAdmin })).data).toEqual(before);
    });

    it('is refused to channel managers and partner users', async () => {
      for (const email of [DEMO_USERS.channelManagerNorth.email, north.admin.email]) {
        const result = await t.gql(CONFIGURE, { input: { basis: 'POINTS', tiers } }, { token: await t.tokenFor(email) });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });
  });
});

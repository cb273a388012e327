import { declarationInput, declare, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';
import { StagesService } from './stages.service';

const JOURNEY = `query ($partnerId: ID) { journey(partnerId: $partnerId) { partnerId currentStage
  stages { stage status points completedAt criteria { value missing met criterion { metric scope threshold window windowDays } } } } }`;
const FUNNEL = `query ($segmentId: ID) { stageFunnel(segmentId: $segmentId) { total steps { stage current completed } } }`;
const CONFIGURATION = `{ stageConfiguration { stage points criteria { metric scope threshold window windowDays category productIds } } }`;
const CONFIGURE = `mutation ($input: StageConfigInput!) { configureStage(input: $input) { stage points criteria { metric threshold window windowDays } } }`;
const PREVIEW = `query ($criteria: SegmentCriteriaInput!) { segmentPreview(criteria: $criteria, limit: 100) { count members { id stage } } }`;

// Partner 8 has no channel manager and no demo activity: its journey starts from nothing.
const alsace = demoPartnerAccounts(8);
const north = demoPartnerAccounts(1);

describe('StagesService', () => {
  let t: TestApp;
  let processor: ActivityProcessor;
  let brandAdmin: string;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    processor = t.app.get(ActivityProcessor);
    brandAdmin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    await processor.processPending();
  });
  afterAll(() => t.close());

  const stageLedger = (partnerId: string) =>
    t.sql<{ n: number; points: number }>(
      `SELECT count(*)::int AS n, coalesce(sum(e.amount), 0)::int AS points FROM ledger_entries e
        JOIN ledger_accounts a ON a.id = e.account_id WHERE a.owner_type = 'PARTNER' AND a.owner_id = $1 AND e.kind = 'STAGE_COMPLETED'`,
      [partnerId],
    );
  const approvedDeclaration = async (token: string) => {
    const declaration = await declare(t, token, declarationInput());
    const approved = await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin });
    expect(approved.data?.approveDeclaration.status).toBe('APPROVED');
  };

  describe('afterBatch', () => {
    it('completes Integration once its criteria are met, pays its points once and tells the partner', async () => {
      const partner = await t.tokenFor(alsace.admin.email);
      const before = (await t.gql(JOURNEY, {}, { token: partner })).data?.journey;
      expect(before.currentStage).toBe('INTEGRATION');
      expect(before.stages.map((s: { status: string }) => s.status)).toEqual(['CURRENT', 'LOCKED', 'LOCKED', 'LOCKED']);

      await approvedDeclaration(partner);
      await processor.processPending();
      await processor.processPending();

      const after = (await t.gql(JOURNEY, {}, { token: partner })).data?.journey;
      expect(after.currentStage).toBe('ENABLEMENT');
      expect(after.stages[0]).toMatchObject({ stage: 'INTEGRATION', status: 'COMPLETED', points: 100 });
      expect(after.stages[0].criteria.every((c: { met: boolean }) => c.met)).toBe(true);
      expect(await stageLedger(alsace.partnerId)).toEqual([{ n: 1, points: 100 }]);
      expect(await t.sql('SELECT stage FROM partners WHERE id = $1', [alsace.partnerId])).toEqual([{ stage: 'ENABLEMENT' }]);
      const events = await t.sql(`SELECT payload FROM domain_events WHERE type = 'STAGE_COMPLETED' AND partner_id = $1`, [alsace.partnerId]);
      expect(events).toEqual([{ payload: { stage: 'INTEGRATION' } }]);
      const notified = await t.sql(`SELECT user_id FROM notifications WHERE kind = 'STAGE_COMPLETED' AND params->>'status' = 'INTEGRATION' ORDER BY user_id`);
      expect(notified.map((n) => n.user_id).sort()).toEqual([alsace.admin.id, alsace.member.id].sort());
    });

    it('pays nothing more when the partner is evaluated again or its events are processed twice', async () => {
      await t.dataSource.transaction((manager) => t.app.get(StagesService).evaluate(manager, [alsace.partnerId]));
      await t.sql(`UPDATE domain_events SET processed_at = NULL WHERE partner_id = $1 AND type = 'DECLARATION_APPROVED'`, [alsace.partnerId]);
      await processor.processPending();
      await processor.processPending();
      expect(await stageLedger(alsace.partnerId)).toEqual([{ n: 1, points: 100 }]);
      expect(await t.sql('SELECT count(*)::int AS n FROM stage_completions WHERE partner_id = $1', [alsace.partnerId])).toEqual([{ n: 1 }]);
    });

    it('keeps a completed stage when a reversal takes its metric back below the threshold', async () => {
      const partner = await t.tokenFor(alsace.admin.email);
      const approved = await t.sql<{ subject_id: string }>(`SELECT subject_id FROM domain_events WHERE partner_id = $1 AND type = 'DECLARATION_APPROVED' LIMIT 1`, [alsace.partnerId]);
      const reversed = await t.gql(OPS.reverse, { id: approved[0]?.subject_id, reason: 'Invoice cancelled' }, { token: brandAdmin });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      await processor.processPending();
      const journey = (await t.gql(JOURNEY, {}, { token: partner })).data?.journey;
      expect(journey.stages[0].status).toBe('COMPLETED');
      expect(journey.currentStage).toBe('ENABLEMENT');
    });
  });

  describe('journey', () => {
    it("answers PARTNER_NOT_FOUND when a partner user asks for another partner's journey", async () => {
      const partner = await t.tokenFor(north.admin.email);
      const result = await t.gql(JOURNEY, { partnerId: alsace.partnerId }, { token: partner });
      expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
      expect(result.data).toBeNull();
    });

    it("answers PARTNER_NOT_FOUND when a channel manager asks for a partner that is not theirs", async () => {
      const manager = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
      const result = await t.gql(JOURNEY, { partnerId: north.partnerId }, { token: manager });
      expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
    });
  });

  describe('funnel', () => {
    it("counts only a channel manager's own partners", async () => {
      const manager = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM partners WHERE channel_manager_id = $1', [DEMO_USERS.channelManagerNorth.id]);
      const funnel = (await t.gql(FUNNEL, {}, { token: manager })).data?.stageFunnel;
      expect(funnel.total).toBe(n);
      // Partner 8 (no channel manager) completed Integration: the brand admin sees it, the manager does not.
      expect(funnel.steps[0]).toMatchObject({ stage: 'INTEGRATION', completed: 0 });
      const all = (await t.gql(FUNNEL, {}, { token: brandAdmin })).data?.stageFunnel;
      expect(all.total).toBeGreaterThan(n);
      expect(all.steps[0].completed).toBe(1);
      expect(all.steps[1]).toMatchObject({ stage: 'ENABLEMENT', current: 1 });
    });

    it('is refused to partner users', async () => {
      const partner = await t.tokenFor(north.admin.email);
      expect((await t.gql(FUNNEL, {}, { token: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('segments', () => {
    it('select partners by their current stage', async () => {
      const preview = (await t.gql(PREVIEW, { criteria: { stages: ['ENABLEMENT'] } }, { token: brandAdmin })).data?.segmentPreview;
      expect(preview.members).toEqual([{ id: alsace.partnerId, stage: 'ENABLEMENT' }]);
    });
  });

  describe('configure', () => {
    const motivation = (patch: Record<string, unknown> = {}) => ({
      stage: 'MOTIVATION',
      points: 300,
      criteria: [{ metric: 'DECLARATIONS_APPROVED', threshold: 3, window: 'ROLLING', windowDays: 60, ...patch }],
    });

    it("answers the field's error and changes nothing on bad input", async () => {
      const before = (await t.gql(CONFIGURATION, {}, { token: brandAdmin })).data;
      const cases: [Record<string, unknown>, string, string][] = [
        [{ windowDays: null }, 'STAGE_WINDOW_DAYS_REQUIRED', 'criteria.0.windowDays'],
        [{ threshold: -1 }, 'INVALID_INPUT', 'criteria.0.threshold'],
        [{ category: 'Heat pumps' }, 'STAGE_FILTER_NOT_SALES', 'criteria.0.category'],
        [{ metric: 'SALES_AMOUNT', category: 'No such category' }, 'PRODUCT_CATEGORY_NOT_FOUND', 'criteria.0.category'],
      ];
      for (const [patch, code, field] of cases) {
        const result = await t.gql(CONFIGURE, { input: motivation(patch) }, { token: brandAdmin });
        expect({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field }).toEqual({ code, field });
      }
      expect((await t.gql(CONFIGURATION, {}, { token: brandAdmin })).data).toEqual(before);
    });

    it('is refused to channel managers and partner users', async () => {
      for (const email of [DEMO_USERS.channelManagerNorth.email, north.admin.email]) {
        const result = await t.gql(CONFIGURE, { input: motivation() }, { token: await t.tokenFor(email) });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });

    it("replaces a stage's criteria and points", async () => {
      const result = await t.gql(CONFIGURE, { input: motivation({ metric: 'SALES_AMOUNT', category: 'heat pumps', threshold: 2500 }) }, { token: brandAdmin });
      expect(result.data?.configureStage).toEqual({ stage: 'MOTIVATION', points: 300, criteria: [{ metric: 'SALES_AMOUNT', threshold: 2500, window: 'ROLLING', windowDays: 60 }] });
      const stored = (await t.gql(CONFIGURATION, {}, { token: brandAdmin })).data?.stageConfiguration[2];
      expect(stored.criteria[0].category).toBe('Heat pumps');
    });
  });
});

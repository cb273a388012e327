import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { approvalEvent, dayOffset, processAll, recordEvents, replayEvents } from '../../../test/support/gamification';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoSegmentId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const FIELDS = 'id scope partnerId partnerName userId userName metric category target startDay endDay points status value remaining reachedAt';
const CREATE = `mutation ($input: ObjectiveInput!) { createObjective(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { objective(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: ObjectiveFilter) { objectives(filter: $filter, page: { limit: 100 }) { total items { id partnerId userId } } }`;
const BULK = `mutation ($input: SegmentObjectivesInput!) { createObjectivesForSegment(input: $input) { created } }`;
const IMPORT = `mutation ($input: CsvImportInput!) { importObjectives(input: $input) { totalRows validRows created committed errors { row field code } } }`;
const heatPump = ACTIVE_PRODUCTS.find((p) => p.category === 'Heat pumps') as (typeof ACTIVE_PRODUCTS)[number];

const objectiveInput = (patch: Record<string, unknown> = {}) => ({
  metric: 'UNITS_SOLD',
  target: 10,
  startDay: dayOffset(-30),
  endDay: dayOffset(30),
  points: 50,
  ...patch,
});

describe('Objectives', () => {
  let t: TestApp;
  let admin: string;
  let north: string;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [admin, north] = await Promise.all([t.tokenFor(DEMO_USERS.brandAdmin.email), t.tokenFor(DEMO_USERS.channelManagerNorth.email)]);
    await processAll(t);
  });
  afterAll(() => t.close());

  const create = async (patch: Record<string, unknown>, token = admin) => {
    const result = await t.gql(CREATE, { input: objectiveInput(patch) }, { token });
    if (!result.data?.createObjective) throw new Error(JSON.stringify(result.errors));
    return result.data.createObjective as { id: string };
  };
  const count = async (sql: string, params: unknown[] = []) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) q`, params))[0].n;

  describe('progress', () => {
    it('moves when a declaration of the partner is approved', async () => {
      const { partnerId, admin: user } = demoPartnerAccounts(1);
      const objective = await create({ partnerId, category: 'Heat pumps' });
      const partner = await t.tokenFor(user.email);
      const declaration = await declare(t, partner, declarationInput({ lines: [lineInput({ productId: heatPump.id, quantity: 3 })] }));
      expect((await t.gql(OPS.approve, { id: declaration.id }, { token: admin })).data?.approveDeclaration.status).toBe('APPROVED');
      await processAll(t);

      const seen = await t.gql(GET, { id: objective.id }, { token: partner });
      expect(seen.data?.objective).toMatchObject({ status: 'ACTIVE', value: 3, remaining: 7, target: 10, category: 'Heat pumps' });
    });
  });

  describe('progress of a product set', () => {
    it('counts only the products of the objective, sold before and after it was created', async () => {
      const { partnerId, admin: user } = demoPartnerAccounts(9);
      const other = ACTIVE_PRODUCTS.find((p) => p.id !== heatPump.id) as (typeof ACTIVE_PRODUCTS)[number];
      await recordEvents(t, [approvalEvent(partnerId, user.id, 2, heatPump), approvalEvent(partnerId, user.id, 5, other)]);
      await processAll(t);
      const objective = await create({ partnerId, productIds: [heatPump.id] });
      await recordEvents(t, [approvalEvent(partnerId, user.id, 1, heatPump)]);
      await processAll(t);
      const seen = await t.gql(GET, { id: objective.id }, { token: admin });
      expect(seen.data?.objective).toMatchObject({ value: 3, remaining: 7 });
    });
  });

  describe('ObjectiveTracker', () => {
    it('nudges once at the threshold, then pays once when the target is reached', async () => {
      const { partnerId, member } = demoPartnerAccounts(2);
      const objective = await create({ userId: member.id, points: 50 });
      const notifications = (kind: string) => count('SELECT id FROM notifications WHERE user_id = $1 AND kind = $2', [member.id, kind]);
      const paid = () => count(`SELECT id FROM ledger_entries WHERE kind = 'OBJECTIVE_REACHED' AND idempotency_key = $1`, [`objective:${objective.id}`]);

      await recordEvents(t, [approvalEvent(partnerId, member.id, 7, heatPump)]);
      await processAll(t);
      expect(await notifications('OBJECTIVE_NUDGE')).toBe(0);
      await recordEvents(t, [approvalEvent(partnerId, member.id, 1, heatPump)]);
      await processAll(t);
      await recordEvents(t, [approvalEvent(partnerId, member.id, 1, heatPump)]);
      await processAll(t);
      expect(await notifications('OBJECTIVE_NUDGE')).toBe(1);
      const [nudge] = await t.sql('SELECT params FROM notifications WHERE user_id = $1 AND kind = $2', [member.id, 'OBJECTIVE_NUDGE']);
      expect(nudge.params).toMatchObject({ remaining: 2, target: 10, status: 'UNITS_SOLD' });
      expect(await paid()).toBe(0);

      await recordEvents(t, [approvalEvent(partnerId, member.id, 1, heatPump)]);
      await processAll(t);
      await replayEvents(t, partnerId);
      expect(await paid()).toBe(1);
      expect(await notifications('OBJECTIVE_NUDGE')).toBe(1);
      expect(await notifications('OBJECTIVE_REACHED')).toBe(1);
      expect(await count(`SELECT id FROM domain_events WHERE type = 'OBJECTIVE_REACHED' AND subject_id = $1`, [objective.id])).toBe(1);
      const seen = await t.gql(GET, { id: objective.id }, { token: await t.tokenFor(member.email) });
      expect(seen.data?.objective).toMatchObject({ status: 'REACHED', remaining: 0 });
    });
  });

  describe('scope', () => {
    it("never shows a partner another partner's objectives, by id or in lists", async () => {
      const mine = demoPartnerAccounts(3);
      const other = await create({ partnerId: demoPartnerAccounts(4).partnerId });
      const own = await create({ partnerId: mine.partnerId });
      const token = await t.tokenFor(mine.admin.email);
      expect((await t.gql(GET, { id: other.id }, { token })).errors?.[0]?.extensions?.code).toBe('OBJECTIVE_NOT_FOUND');
      const list = await t.gql(LIST, { filter: { partnerId: demoPartnerAccounts(4).partnerId } }, { token });
      expect(list.data?.objectives.items).toEqual([]);
      const all = await t.gql(LIST, {}, { token });
      expect(all.data?.objectives.items.map((o: { id: string }) => o.id)).toContain(own.id);
      expect(all.data?.objectives.items.every((o: { partnerId: string }) => o.partnerId === mine.partnerId)).toBe(true);
    });

    it("shows a member their partner's and their own objectives, and the partner admin the team's", async () => {
      const { partnerId, admin: lead, member } = demoPartnerAccounts(3);
      const forLead = await create({ userId: lead.id });
      const forMember = await create({ userId: member.id });
      const ids = async (email: string) => (await t.gql(LIST, {}, { token: await t.tokenFor(email) })).data?.objectives.items.map((o: { id: string }) => o.id);
      expect(await ids(member.email)).toEqual(expect.arrayContaining([forMember.id]));
      expect(await ids(member.email)).not.toContain(forLead.id);
      expect(await ids(lead.email)).toEqual(expect.arrayContaining([forLead.id, forMember.id]));
      expect(partnerId).toBeDefined();
    });

    it('refuses a channel manager an objective for a partner outside their scope, and creates nothing', async () => {
      const before = await count('SELECT id FROM objectives');
      const south = demoPartnerAccounts(4);
      const result = await t.gql(CREATE, { input: objectiveInput({ partnerId: south.partnerId }) }, { token: north });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_NOT_FOUND', field: 'partnerId' });
      const byUser = await t.gql(CREATE, { input: objectiveInput({ userId: south.member.id }) }, { token: north });
      expect(byUser.errors?.[0]?.extensions).toMatchObject({ code: 'USER_NOT_FOUND', field: 'userId' });
      expect(await count('SELECT id FROM objectives')).toBe(before);
      const list = await t.gql(LIST, {}, { token: north });
      const partners = await t.sql('SELECT id FROM partners WHERE channel_manager_id = $1', [DEMO_USERS.channelManagerNorth.id]);
      const allowed = new Set(partners.map((p) => p.id));
      expect(list.data?.objectives.items.every((o: { partnerId: string }) => allowed.has(o.partnerId))).toBe(true);
    });

    it("creates one objective per partner of a segment within the channel manager's scope", async () => {
      const result = await t.gql(BULK, { input: { ...objectiveInput(), segmentId: demoSegmentId(3) } }, { token: north });
      const inScope = await count(`SELECT id FROM partners WHERE type = 'DISTRIBUTOR' AND channel_manager_id = $1`, [DEMO_USERS.channelManagerNorth.id]);
      expect(result.data?.createObjectivesForSegment.created).toBe(inScope);
      expect(inScope).toBeGreaterThan(0);
    });

    it('is created by brand people only', async () => {
      const { partnerId, admin: lead } = demoPartnerAccounts(3);
      const result = await t.gql(CREATE, { input: objectiveInput({ partnerId }) }, { token: await t.tokenFor(lead.email) });
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN/);
    });
  });

  describe('createObjective', () => {
    it.each([
      [{ endDay: dayOffset(-31) }, 'OBJECTIVE_END_BEFORE_START', 'endDay'],
      [{ target: -1 }, 'INVALID_INPUT', 'target'],
      [{ startDay: '2026-02-30' }, 'INVALID_INPUT', 'startDay'],
      [{ metric: 'SIGN_IN_DAYS', category: 'Heat pumps' }, 'METRIC_FILTER_NOT_ALLOWED', 'category'],
      [{ partnerId: null }, 'OBJECTIVE_OWNER_REQUIRED', 'partnerId'],
    ])('answers the field in error for %j and creates nothing', async (patch, code, field) => {
      const before = await count('SELECT id FROM objectives');
      const result = await t.gql(CREATE, { input: objectiveInput({ partnerId: demoPartnerAccounts(1).partnerId, ...patch }) }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await count('SELECT id FROM objectives')).toBe(before);
    });
  });

  describe('importObjectives', () => {
    const partnerCode = async (n: number) => (await t.sql('SELECT code FROM partners WHERE id = $1', [demoPartnerAccounts(n).partnerId]))[0].code as string;

    it('reports each bad row with its column and code, and writes nothing', async () => {
      const before = await count('SELECT id FROM objectives');
      const csv = [
        'partner_code;user_email;metric;target;start;end;points',
        `${await partnerCode(1)};;units sold;12;${dayOffset(0)};${dayOffset(60)};30`,
        `P-XX-999;;UNITS_SOLD;12;${dayOffset(0)};${dayOffset(60)};30`,
        `${await partnerCode(1)};;NOT_A_METRIC;12;${dayOffset(0)};${dayOffset(60)};30`,
        `${await partnerCode(1)};;UNITS_SOLD;12;${dayOffset(60)};${dayOffset(0)};30`,
        `;${demoPartnerAccounts(4).member.email};UNITS_SOLD;abc;${dayOffset(0)};${dayOffset(60)};30`,
      ].join('\n');
      const result = await t.gql(IMPORT, { input: { csv, dryRun: false } }, { token: north });
      expect(result.data?.importObjectives).toMatchObject({ totalRows: 5, validRows: 1, committed: false });
      expect(result.data?.importObjectives.errors).toEqual([
        { row: 2, field: 'partner_code', code: 'PARTNER_NOT_FOUND' },
        { row: 3, field: 'metric', code: 'INVALID_INPUT' },
        { row: 4, field: 'end', code: 'OBJECTIVE_END_BEFORE_START' },
        { row: 5, field: 'target', code: 'INVALID_INPUT' },
      ]);
      expect(await count('SELECT id FROM objectives')).toBe(before);
    });

    it('creates every row of a clean file in one go', async () => {
      const before = await count('SELECT id FROM objectives');
      const csv = [
        'partner_code,user_email,metric,target,start,end,points,category',
        `${await partnerCode(1)},,UNITS_SOLD,12,${dayOffset(0)},${dayOffset(60)},30,Heat pumps`,
        `,${demoPartnerAccounts(2).member.email},DECLARATIONS_APPROVED,5,${dayOffset(0)},${dayOffset(60)},10,`,
      ].join('\n');
      const dry = await t.gql(IMPORT, { input: { csv, dryRun: true } }, { token: north });
      expect(dry.data?.importObjectives).toMatchObject({ validRows: 2, created: 2, committed: false, errors: [] });
      const result = await t.gql(IMPORT, { input: { csv, dryRun: false } }, { token: north });
      expect(result.data?.importObjectives).toMatchObject({ created: 2, committed: true });
      expect(await count('SELECT id FROM objectives')).toBe(before + 2);
    });
  });
});

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_EARNING_RULES, demoEarningRuleId } from '../../seed/demo-earning-rules';
import { DEMO_USERS, demoProductId, demoSegmentId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const FIELDS = 'id ruleKey version name kind active effectiveFrom effectiveTo productId category segmentId base { basis points per currency } multiplier { factor } bonus { condition points per withinDays } cap { scope maxPoints period }';
const LIST = `query ($filter: EarningRuleFilter) { earningRules(filter: $filter) { ${FIELDS} } }`;
const CREATE = `mutation ($input: EarningRuleInput!) { createEarningRule(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: EarningRuleInput!) { updateEarningRule(id: $id, input: $input) { ${FIELDS} } }`;
const DEACTIVATE = `mutation ($id: ID!, $from: String) { deactivateEarningRule(id: $id, from: $from) { ${FIELDS} } }`;

const boilerRate = (points: number, effectiveFrom = '2026-01-01') => ({
  name: 'Wall-mounted boilers',
  kind: 'BASE',
  base: { basis: 'UNIT', points },
  productId: demoProductId(14),
  effectiveFrom,
});

describe('EarningRulesService', () => {
  let t: TestApp;
  let admin: string;
  const count = async () => (await t.sql('SELECT count(*)::int AS n FROM earning_rules'))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  describe('earningRules and earningRule', () => {
    it('list the demo rules, one version each, to brand roles', async () => {
      const cm = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const result = await t.gql(LIST, {}, { token: cm });
      expect(result.data?.earningRules.map((r: { id: string }) => r.id).sort()).toEqual(DEMO_EARNING_RULES.map((r) => r.id).sort());
      const one = await t.gql(`query ($id: ID!) { earningRule(id: $id) { ${FIELDS} } }`, { id: demoEarningRuleId(4) }, { token: cm });
      expect(one.data?.earningRule).toMatchObject({ kind: 'MULTIPLIER', multiplier: { factor: 1.5 }, base: null, effectiveFrom: '2026-03-01', effectiveTo: '2026-06-30' });
    });

    it('answer EARNING_RULE_NOT_FOUND for an unknown id, and FORBIDDEN_ROLE to partner users', async () => {
      const missing = await t.gql('{ earningRule(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, { token: admin });
      expect(missing.errors?.[0]?.extensions?.code).toBe('EARNING_RULE_NOT_FOUND');
      const partner = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      expect((await t.gql(LIST, {}, { token: partner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('createEarningRule', () => {
    it('stores version 1 of a new rule, its key being its id', async () => {
      const result = await t.gql(CREATE, { input: { ...boilerRate(30), effectiveTo: '2026-12-31' } }, { token: admin });
      const rule = result.data?.createEarningRule;
      expect(rule).toMatchObject({ version: 1, active: true, kind: 'BASE', base: { basis: 'UNIT', points: 30, per: null }, effectiveTo: '2026-12-31' });
      expect(rule.ruleKey).toBe(rule.id);
    });

    it('spells a category as the products do', async () => {
      const input = { name: 'Solar x2', kind: 'MULTIPLIER', multiplier: { factor: 2 }, category: 'SOLAR', effectiveFrom: '2026-06-01' };
      expect((await t.gql(CREATE, { input }, { token: admin })).data?.createEarningRule.category).toBe('Solar');
    });

    it.each([
      ['negative points', boilerRate(-5), { code: 'INVALID_INPUT', field: 'base.points', reason: 'min' }],
      ['an end before the start', { ...boilerRate(5), effectiveTo: '2025-12-31' }, { code: 'EARNING_RULE_ENDS_BEFORE_START', field: 'effectiveTo' }],
      ['an unknown product', { ...boilerRate(5), productId: demoSegmentId(1) }, { code: 'PRODUCT_NOT_FOUND', field: 'productId' }],
      ['an unknown category', { ...boilerRate(5), productId: null, category: 'Bicycles' }, { code: 'PRODUCT_CATEGORY_NOT_FOUND', field: 'category' }],
      ['an unknown segment', { ...boilerRate(5), segmentId: demoProductId(1) }, { code: 'SEGMENT_NOT_FOUND', field: 'segmentId' }],
      ['parameters of another kind', { ...boilerRate(5), cap: { scope: 'DECLARATION', maxPoints: 10 } }, { code: 'INVALID_INPUT', field: 'cap', reason: 'notAllowed' }],
      ['a period cap without its period', { name: 'Cap', kind: 'CAP', cap: { scope: 'PERIOD', maxPoints: 10 }, effectiveFrom: '2026-01-01' }, { field: 'cap.period', reason: 'required' }],
      ['a date that does not exist', boilerRate(5, '2026-02-30'), { code: 'INVALID_INPUT', field: 'effectiveFrom', reason: 'isDate' }],
    ])('refuses %s, naming the field, and writes nothing', async (_case, input, expected) => {
      const before = await count();
      const result = await t.gql(CREATE, { input }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject(expected);
      expect(await count()).toBe(before);
    });

    it('is refused to channel managers and partner users', async () => {
      for (const email of [DEMO_USERS.channelManagerSouth.email, demoPartnerAccounts(2).admin.email, demoPartnerAccounts(2).member.email]) {
        const result = await t.gql(CREATE, { input: boilerRate(5) }, { token: await t.tokenFor(email) });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });
  });

  describe('updateEarningRule and deactivateEarningRule', () => {
    it('add versions, close the earlier ones the day before, and keep them all', async () => {
      const v1 = (await t.gql(CREATE, { input: boilerRate(10) }, { token: admin })).data?.createEarningRule;
      const v2 = (await t.gql(UPDATE, { id: v1.id, input: boilerRate(12, '2026-07-01') }, { token: admin })).data?.updateEarningRule;
      expect(v2).toMatchObject({ ruleKey: v1.id, version: 2, base: { points: 12 }, effectiveFrom: '2026-07-01', effectiveTo: null });
      const v3 = (await t.gql(DEACTIVATE, { id: v2.id, from: '2026-10-01' }, { token: admin })).data?.deactivateEarningRule;
      expect(v3).toMatchObject({ version: 3, active: false, effectiveFrom: '2026-10-01', base: { points: 12 } });

      const history = (await t.gql(LIST, { filter: { ruleKey: v1.id, allVersions: true } }, { token: admin })).data?.earningRules;
      expect(history.map((r: { version: number; effectiveFrom: string; effectiveTo: string | null }) => [r.version, r.effectiveFrom, r.effectiveTo])).toEqual([
        [3, '2026-10-01', null],
        [2, '2026-07-01', '2026-09-30'],
        [1, '2026-01-01', '2026-06-30'],
      ]);
      const latest = (await t.gql(LIST, { filter: { ruleKey: v1.id } }, { token: admin })).data?.earningRules;
      expect(latest.map((r: { version: number }) => r.version)).toEqual([3]);
      const inForce = (await t.gql(LIST, { filter: { ruleKey: v1.id, inForceOn: '2026-08-15' } }, { token: admin })).data?.earningRules;
      expect(inForce.map((r: { version: number }) => r.version)).toEqual([2]);
    });

    it('refuse an older version, a deactivated rule and a change of kind, writing nothing', async () => {
      const v1 = (await t.gql(CREATE, { input: boilerRate(10) }, { token: admin })).data?.createEarningRule;
      const v2 = (await t.gql(UPDATE, { id: v1.id, input: boilerRate(11, '2026-05-01') }, { token: admin })).data?.updateEarningRule;
      const before = await count();
      expect((await t.gql(UPDATE, { id: v1.id, input: boilerRate(13) }, { token: admin })).errors?.[0]?.extensions?.code).toBe('EARNING_RULE_NOT_LATEST');
      const kind = await t.gql(UPDATE, { id: v2.id, input: { name: 'x', kind: 'MULTIPLIER', multiplier: { factor: 2 }, effectiveFrom: '2026-06-01' } }, { token: admin });
      expect(kind.errors?.[0]?.extensions).toMatchObject({ code: 'EARNING_RULE_KIND_CHANGED', field: 'kind' });
      const bad = await t.gql(UPDATE, { id: v2.id, input: { ...boilerRate(11, '2026-06-01'), effectiveTo: '2026-05-31' } }, { token: admin });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'EARNING_RULE_ENDS_BEFORE_START', field: 'effectiveTo' });
      expect(await count()).toBe(before);
      expect((await t.sql('SELECT effective_to FROM earning_rules WHERE id = $1', [v2.id]))[0].effective_to).toBeNull();

      const v3 = (await t.gql(DEACTIVATE, { id: v2.id }, { token: admin })).data?.deactivateEarningRule;
      expect((await t.gql(DEACTIVATE, { id: v3.id }, { token: admin })).data?.deactivateEarningRule.id).toBe(v3.id);
      expect((await t.gql(UPDATE, { id: v3.id, input: boilerRate(14) }, { token: admin })).errors?.[0]?.extensions?.code).toBe('EARNING_RULE_INACTIVE');
    });

    it('are refused to channel managers', async () => {
      const cm = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      expect((await t.gql(DEACTIVATE, { id: demoEarningRuleId(1) }, { token: cm })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect((await t.gql(UPDATE, { id: demoEarningRuleId(2), input: boilerRate(1) }, { token: cm })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

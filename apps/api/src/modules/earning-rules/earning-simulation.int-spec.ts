import { createI18n, explainEarning } from '@relais/i18n';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { demoEarningRuleId } from '../../seed/demo-earning-rules';
import { DEMO_USERS, demoPartnerId, demoProductId, demoSegmentId } from '../../seed/demo-ids';
import { DEMO_PARTNERS } from '../../seed/demo-partners';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { EarningRulesService } from './earning-rules.service';

const PART = 'code rule { id version name } quantity rate amount currency per factor points reducedBy maxPoints period periodKey';
const SIMULATE = `query ($input: SimulateEarningInput!) { simulateEarning(input: $input) {
  total subtotal lines { lineId productId points parts { ${PART} } } bonuses { ${PART} } caps { ${PART} } rules { id ruleKey version name } } }`;
const CREATE = 'mutation ($input: EarningRuleInput!) { createEarningRule(input: $input) { id } }';

const HEAT_PUMP_8KW = demoProductId(2);
const BOILER_24KW = demoProductId(9);
const WIFI_THERMOSTAT = demoProductId(34);
const lines = [
  { productId: HEAT_PUMP_8KW, quantity: 2, amount: 8000, currency: 'EUR' },
  { productId: BOILER_24KW, quantity: 3, amount: 4500, currency: 'EUR' },
  { productId: WIFI_THERMOSTAT, quantity: 4, amount: 255, currency: 'EUR' },
];
const partnerNumber = (country: string) => DEMO_PARTNERS.findIndex((p) => p.country === country) + 1;
const flatParams = (part: Record<string, unknown>) => ({ code: part.code as string, rule: part.rule as { name: string } | null, params: part });

describe('EarningSimulationService', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  describe('simulateEarning', () => {
    it('matches the hand-computed points of the demo rules, with their explanation', async () => {
      const token = await t.tokenFor(demoPartnerAccounts(1).member.email);
      const result = await t.gql(SIMULATE, { input: { saleDate: '2026-04-15', declaredOn: '2026-04-20', hasFeedback: true, lines } }, { token });
      const earning = result.data?.simulateEarning;
      // 2 × 50 × 1.5 = 150; 3 × 20 = 60; 255 / 10 × 1 = 25.5 → 26; + 20 feedback bonus
      expect(earning.lines.map((l: { lineId: string; points: number }) => [l.lineId, l.points])).toEqual([['1', 150], ['2', 60], ['3', 26]]);
      expect(earning).toMatchObject({ subtotal: 256, total: 256, caps: [] });
      expect(explainEarning(createI18n('en').t, [...earning.lines[0].parts, ...earning.bonuses].map(flatParams))).toBe(
        '2 units × 50 pts, ×1.5 Aria 8 kW launch, +20 feedback bonus',
      );
      expect(earning.lines[2].parts[0]).toMatchObject({ code: 'BASE_PER_AMOUNT', amount: 255, per: 10, rate: 1, points: 25.5 });
      expect(earning.rules.map((r: { id: string; version: number }) => [r.id, r.version]).sort()).toEqual(
        [1, 2, 3, 4, 5].map((n) => [demoEarningRuleId(n), 1]).sort(),
      );
    });

    it('uses the rules in force on the sale date: a launch or a rate starting later does not count', async () => {
      await t.gql(CREATE, { input: { name: 'Aria 8 kW rate', kind: 'BASE', base: { basis: 'UNIT', points: 80 }, productId: HEAT_PUMP_8KW, effectiveFrom: '2026-05-01' } }, { token: admin });
      const points = async (saleDate: string) =>
        (await t.gql(SIMULATE, { input: { saleDate, declaredOn: '2026-11-01', lines: [lines[0]] } }, { token: admin })).data?.simulateEarning.total;
      expect(await points('2026-02-28')).toBe(100);
      expect(await points('2026-03-01')).toBe(150);
      expect(await points('2026-04-30')).toBe(150);
      expect(await points('2026-05-01')).toBe(240);
      expect(await points('2026-07-01')).toBe(160);
    });

    it('applies a segment-targeted multiplier only to members of the segment', async () => {
      await t.gql(CREATE, { input: { name: 'German boost', kind: 'MULTIPLIER', multiplier: { factor: 2 }, segmentId: demoSegmentId(2), effectiveFrom: '2026-01-01' } }, { token: admin });
      const total = async (n: number) => {
        const token = await t.tokenFor(demoPartnerAccounts(n).admin.email);
        return (await t.gql(SIMULATE, { input: { saleDate: '2026-09-01', lines: [lines[1]] } }, { token })).data?.simulateEarning.total;
      };
      expect(await total(partnerNumber('DE'))).toBe(120);
      expect(await total(partnerNumber('FR'))).toBe(60);
      const forGermanPartner = await t.gql(SIMULATE, { input: { partnerId: demoPartnerId(partnerNumber('DE')), saleDate: '2026-09-01', lines: [lines[1]] } }, { token: admin });
      expect(forGermanPartner.data?.simulateEarning.total).toBe(120);
    });

    it('caps a declaration over the monthly limit and says by how much', async () => {
      const big = [{ productId: HEAT_PUMP_8KW, quantity: 100, amount: 400000, currency: 'EUR' }];
      const result = await t.gql(SIMULATE, { input: { saleDate: '2026-08-10', lines: big } }, { token: admin });
      expect(result.data?.simulateEarning).toMatchObject({
        subtotal: 8000,
        total: 5000,
        caps: [{ code: 'CAP_PERIOD', period: 'MONTH', periodKey: '2026-08', maxPoints: 5000, reducedBy: 3000 }],
      });
    });

    it('does not let a partner user simulate for another partner', async () => {
      const token = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      const result = await t.gql(SIMULATE, { input: { partnerId: demoPartnerId(2), saleDate: '2026-04-15', lines } }, { token });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_NOT_FOUND', field: 'partnerId' });
    });

    it('keeps a channel manager to their own partners', async () => {
      const southPartner = DEMO_PARTNERS.findIndex((p) => p.channelManagerId === DEMO_USERS.channelManagerSouth.id) + 1;
      const token = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const result = await t.gql(SIMULATE, { input: { partnerId: demoPartnerId(southPartner), saleDate: '2026-04-15', lines } }, { token });
      expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
    });

    it('names the bad field: an unknown product, a zero quantity, an impossible date', async () => {
      const unknown = await t.gql(SIMULATE, { input: { saleDate: '2026-04-15', lines: [lines[0], { ...lines[1], productId: demoSegmentId(1) }] } }, { token: admin });
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'PRODUCT_NOT_FOUND', field: 'lines.1.productId' });
      const zero = await t.gql(SIMULATE, { input: { saleDate: '2026-04-15', lines: [{ ...lines[0], quantity: 0 }] } }, { token: admin });
      expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'lines.0.quantity', reason: 'min' });
      const date = await t.gql(SIMULATE, { input: { saleDate: '2026-13-01', lines } }, { token: admin });
      expect(date.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'saleDate', reason: 'isDate' });
    });
  });

  describe('compute', () => {
    it('gives declarations the contributing rule versions and counts what the partner earned this month', async () => {
      const service = t.app.get(EarningRulesService);
      const result = await service.compute(t.dataSource.manager, {
        partnerId: demoPartnerId(1),
        saleDate: '2026-04-15',
        declaredAt: new Date('2026-04-16T10:00:00Z'),
        lines: [{ lineId: 'a', productId: HEAT_PUMP_8KW, category: 'Heat pumps', quantity: 2, amount: 8000, currency: 'EUR' }],
        hasFeedback: false,
        hasCustomerProfile: false,
        earnedInPeriod: { MONTH: 4900 },
      });
      expect(result).toMatchObject({ subtotal: 150, total: 100, caps: [{ code: 'CAP_PERIOD', params: { alreadyEarned: 4900, reducedBy: 50 } }] });
      expect(result.rules.map((r) => r.id)).toEqual([demoEarningRuleId(1), demoEarningRuleId(4), demoEarningRuleId(6)]);
    });
  });
});

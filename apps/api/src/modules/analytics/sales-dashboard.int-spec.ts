import { ACTIVE_PRODUCTS, daysAgo, declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';

const SALES = `query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) {
  from to previousFrom granularity totals { quantity amount lines } previousTotals { quantity amount lines }
  series { period quantity amount lines }
  byCategory { key label amount quantity previousAmount } byProduct { key label amount } byChannel { key amount }
  byCountry { key amount previousAmount } byRegion { key amount } byPartnerType { key amount previousAmount } bySegment { key label amount } } }`;

// Partners of the demo seed: Chauffage Dupont (FR, installer, north), Clim Provence (FR, reseller,
// south), Wärmetechnik München (DE, installer, north).
const dupont = demoPartnerAccounts(1);
const provence = demoPartnerAccounts(4);
const munich = demoPartnerAccounts(9);
const heatPump = ACTIVE_PRODUCTS.find((p) => p.category === 'Heat pumps') as (typeof ACTIVE_PRODUCTS)[number];
const boiler = ACTIVE_PRODUCTS.find((p) => p.category === 'Boilers') as (typeof ACTIVE_PRODUCTS)[number];
const LAST_30_DAYS = { from: daysAgo(29), to: daysAgo(0) };

describe('SalesDashboardService', () => {
  let t: TestApp;
  let admin: string;
  let north: string;
  let south: string;
  let provenceDeclaration: string;

  const overview = async (filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(SALES, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.salesOverview;
  };
  const approved = async (account: { admin: { email: string } }, saleDate: string, lines: Record<string, unknown>[]) => {
    const declaration = await declare(t, await t.tokenFor(account.admin.email), declarationInput({ saleDate, lines: lines.map((l) => lineInput(l)) }));
    const result = await t.gql(OPS.approve, { id: declaration.id }, { token: admin });
    expect(result.data?.approveDeclaration.status).toBe('APPROVED');
    return declaration.id as string;
  };
  const process = () => t.app.get(ActivityProcessor).processPending();

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [admin, north, south] = await Promise.all([
      t.tokenFor(DEMO_USERS.brandAdmin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(DEMO_USERS.channelManagerSouth.email),
    ]);
    await approved(dupont, daysAgo(10), [
      { productId: heatPump.id, quantity: 3, amount: 4500.5, channel: 'IN_STORE' },
      { productId: boiler.id, quantity: 2, amount: 1800, channel: 'ONLINE' },
    ]);
    await approved(munich, daysAgo(5), [{ productId: heatPump.id, quantity: 1, amount: 1000, channel: 'ONLINE' }]);
    provenceDeclaration = await approved(provence, daysAgo(5), [{ productId: boiler.id, quantity: 4, amount: 2000, channel: 'IN_STORE' }]);
    // The previous period (the 30 days before): one sale.
    await approved(provence, daysAgo(40), [{ productId: heatPump.id, quantity: 1, amount: 500, channel: 'IN_STORE' }]);
    // Rejected and still pending declarations are not sell-out.
    const rejected = await declare(t, await t.tokenFor(dupont.admin.email), declarationInput({ saleDate: daysAgo(5), lines: [lineInput({ amount: 999 })] }));
    await t.gql(OPS.decide, { id: rejected.id, input: { lines: [{ lineId: rejected.lines[0].id, decision: 'REJECT', reasonCode: 'OTHER', message: 'No' }] } }, { token: admin });
    await declare(t, await t.tokenFor(dupont.admin.email), declarationInput({ saleDate: daysAgo(5), lines: [lineInput({ amount: 777 })] }));
    await process();
  });
  afterAll(() => t.close());

  describe('salesOverview', () => {
    it('adds up the approved lines by sale date, with the previous period of equal length', async () => {
      const sales = await overview(LAST_30_DAYS);
      expect(sales).toMatchObject({ granularity: 'DAY', previousFrom: daysAgo(59) });
      expect(sales.totals).toEqual({ quantity: 10, amount: 9300.5, lines: 4 });
      expect(sales.previousTotals).toEqual({ quantity: 1, amount: 500, lines: 1 });
      expect(sales.series).toHaveLength(30);
      expect(sales.series.find((p: { period: string }) => p.period === daysAgo(10))).toMatchObject({ amount: 6300.5, quantity: 5, lines: 2 });
      expect(sales.series.find((p: { period: string }) => p.period === daysAgo(5))).toMatchObject({ amount: 3000, quantity: 5, lines: 2 });
    });

    it('breaks the sell-out down by category, product, channel, country, region and partner type', async () => {
      const sales = await overview(LAST_30_DAYS);
      expect(sales.byCategory).toEqual([
        { key: 'Heat pumps', label: 'Heat pumps', amount: 5500.5, quantity: 4, previousAmount: 500 },
        { key: 'Boilers', label: 'Boilers', amount: 3800, quantity: 6, previousAmount: 0 },
      ]);
      expect(sales.byProduct).toEqual([
        { key: heatPump.id, label: heatPump.name, amount: 5500.5 },
        { key: boiler.id, label: boiler.name, amount: 3800 },
      ]);
      expect(sales.byChannel).toEqual([{ key: 'IN_STORE', amount: 6500.5 }, { key: 'ONLINE', amount: 2800 }]);
      expect(sales.byCountry).toEqual([{ key: 'FR', amount: 8300.5, previousAmount: 500 }, { key: 'DE', amount: 1000, previousAmount: 0 }]);
      expect(sales.byRegion).toEqual([{ key: 'Île-de-France', amount: 6300.5 }, { key: "Provence-Alpes-Côte d'Azur", amount: 2000 }, { key: 'Bayern', amount: 1000 }]);
      expect(sales.byPartnerType).toEqual([{ key: 'INSTALLER', amount: 7300.5, previousAmount: 0 }, { key: 'RESELLER', amount: 2000, previousAmount: 500 }]);
    });

    it('narrows the figures to a country, a channel manager or a segment', async () => {
      expect((await overview({ ...LAST_30_DAYS, country: 'DE' })).totals.amount).toBe(1000);
      expect((await overview({ ...LAST_30_DAYS, channelManagerId: DEMO_USERS.channelManagerSouth.id })).totals.amount).toBe(2000);
      const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Installers FR+DE', criteria: { types: ['INSTALLER'], countries: ['FR', 'DE'] } } }, { token: admin });
      const segmentId = created.data?.createSegment.id;
      const bySegment = await overview({ ...LAST_30_DAYS, segmentId });
      expect(bySegment.totals.amount).toBe(7300.5);
      expect((await overview(LAST_30_DAYS)).bySegment).toContainEqual({ key: segmentId, label: 'Installers FR+DE', amount: 7300.5 });
    });

    it('shows a channel manager only the partners assigned to them now, and follows a reassignment', async () => {
      expect((await overview(LAST_30_DAYS, north)).totals.amount).toBe(7300.5);
      expect((await overview(LAST_30_DAYS, south)).totals.amount).toBe(2000);
      // The south manager cannot widen their scope by naming another manager.
      expect((await overview({ ...LAST_30_DAYS, channelManagerId: DEMO_USERS.channelManagerNorth.id }, south)).totals.amount).toBe(0);
      const moved = await t.gql('mutation ($p: ID!, $m: ID) { assignChannelManager(partnerId: $p, channelManagerId: $m) { id } }', { p: munich.partnerId, m: DEMO_USERS.channelManagerSouth.id }, { token: admin });
      expect(moved.errors).toBeUndefined();
      expect((await overview(LAST_30_DAYS, north)).totals.amount).toBe(6300.5);
      expect((await overview(LAST_30_DAYS, south)).totals.amount).toBe(3000);
      expect((await overview(LAST_30_DAYS)).totals.amount).toBe(9300.5);
    });

    it('takes a reversed declaration back out', async () => {
      const reversed = await t.gql(OPS.reverse, { id: provenceDeclaration, reason: 'Invoice cancelled' }, { token: admin });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      await process();
      const sales = await overview(LAST_30_DAYS);
      expect(sales.totals).toEqual({ quantity: 6, amount: 7300.5, lines: 3 });
      expect(sales.byCountry).toContainEqual({ key: 'FR', amount: 6300.5, previousAmount: 500 });
    });

    it('answers field errors for a bad period and refuses partner users', async () => {
      const reversed = await t.gql(SALES, { filter: { from: daysAgo(1), to: daysAgo(2) } }, { token: admin });
      expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'DASHBOARD_PERIOD_REVERSED', field: 'to' });
      const tooLong = await t.gql(SALES, { filter: { from: '2020-01-01', to: '2024-01-01' } }, { token: admin });
      expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'DASHBOARD_PERIOD_TOO_LONG', field: 'to' });
      const malformed = await t.gql(SALES, { filter: { from: '2026-13-01', to: daysAgo(0) } }, { token: admin });
      expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
      const partner = await t.gql(SALES, { filter: LAST_30_DAYS }, { token: await t.tokenFor(dupont.admin.email) });
      expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';

const SALES = `query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) {
  from to previousFrom totals { quantity amount lines } previousTotals { quantity amount lines }
  series { period quantity amount lines }
  byCategory { key label amount quantity previousAmount } byProduct { key label amount } byChannel { key amount }
  byCountry { key amount previousAmount } byRegion { key amount } byPartnerType { key amount previousAmount } bySegment { key label amount quantity lines previousAmount } } }`;

// Partners of the demo seed: Chauffage Dupont (FR, installer, north), Clim Provence (FR, reseller,
// south), Wärmetechnik München (DE, installer, north).
const dupont = demoPartnerAccounts(1);
const provence = demoPartnerAccounts(4);
const munich = demoPartnerAccounts(9);
const heatPump = ACTIVE_PRODUCTS.find((p) => p.category === 'Heat pumps') as (typeof ACTIVE_PRODUCTS)[number];
const boiler = ACTIVE_PRODUCTS.find((p) => p.category === 'Boilers') as (typeof ACTIVE_PRODUCTS)[number];
const month = (offset: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + (day === 0 ? 1 : 0), day)).toISOString().slice(0, 10);
};
/** The first and the last day of the month `offset` months from this one. */
const [monthStart, monthEnd] = [(offset: number) => month(offset), (offset: number) => month(offset, 0)];
const THIS_MONTH = { from: monthStart(0), to: monthEnd(0) };

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
    await approved(dupont, monthStart(0), [
      { productId: heatPump.id, quantity: 3, amount: 4500.5, channel: 'IN_STORE' },
      { productId: boiler.id, quantity: 2, amount: 1800, channel: 'ONLINE' },
    ]);
    await approved(munich, monthStart(0), [{ productId: heatPump.id, quantity: 1, amount: 1000, channel: 'ONLINE' }]);
    provenceDeclaration = await approved(provence, monthStart(0), [{ productId: boiler.id, quantity: 4, amount: 2000, channel: 'IN_STORE' }]);
    // The previous period (last month): one sale.
    await approved(provence, monthStart(-1), [{ productId: heatPump.id, quantity: 1, amount: 500, channel: 'IN_STORE' }]);
    // Rejected and still pending declarations are not sell-out.
    const rejected = await declare(t, await t.tokenFor(dupont.admin.email), declarationInput({ saleDate: monthStart(0), lines: [lineInput({ amount: 999 })] }));
    await t.gql(OPS.decide, { id: rejected.id, input: { lines: [{ lineId: rejected.lines[0].id, decision: 'REJECT', reasonCode: 'OTHER', message: 'No' }] } }, { token: admin });
    await declare(t, await t.tokenFor(dupont.admin.email), declarationInput({ saleDate: monthStart(0), lines: [lineInput({ amount: 777 })] }));
    await process();
  });
  afterAll(() => t.close());

  describe('salesOverview', () => {
    it('adds up the approved lines by month of sale, with the previous period of as many months', async () => {
      const sales = await overview(THIS_MONTH);
      expect(sales).toMatchObject({ from: monthStart(0), previousFrom: monthStart(-1) });
      expect(sales.totals).toEqual({ quantity: 10, amount: 9300.5, lines: 4 });
      expect(sales.previousTotals).toEqual({ quantity: 1, amount: 500, lines: 1 });
      const twoMonths = await overview({ from: monthStart(-1), to: monthEnd(0) });
      expect(twoMonths.series).toEqual([
        { period: monthStart(-1), quantity: 1, amount: 500, lines: 1 },
        { period: monthStart(0), quantity: 10, amount: 9300.5, lines: 4 },
      ]);
      expect(twoMonths).toMatchObject({ previousFrom: monthStart(-3), previousTotals: { amount: 0 } });
    });

    it('breaks the sell-out down by category, product, channel, country, region and partner type', async () => {
      const sales = await overview(THIS_MONTH);
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
      expect((await overview({ ...THIS_MONTH, country: 'DE' })).totals.amount).toBe(1000);
      expect((await overview({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerSouth.id })).totals.amount).toBe(2000);
      const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Installers FR+DE', criteria: { types: ['INSTALLER'], countries: ['FR', 'DE'] } } }, { token: admin });
      const segmentId = created.data?.createSegment.id;
      const bySegment = await overview({ ...THIS_MONTH, segmentId });
      expect(bySegment.totals.amount).toBe(7300.5);
      expect(bySegment.byCountry).toEqual([{ key: 'FR', amount: 6300.5, previousAmount: 0 }, { key: 'DE', amount: 1000, previousAmount: 0 }]);
      expect(bySegment.byPartnerType).toEqual([{ key: 'INSTALLER', amount: 7300.5, previousAmount: 0 }]);
      // The partners' months know no product, category or channel: no breakdown rather than one ignoring the segment.
      expect(bySegment).toMatchObject({ byProduct: null, byCategory: null, byChannel: null });
      expect((await overview(THIS_MONTH)).bySegment).toContainEqual({ key: segmentId, label: 'Installers FR+DE', amount: 7300.5, quantity: 6, lines: 3, previousAmount: 0 });
    });

    it('shows a channel manager only the partners assigned to them now, and follows a reassignment', async () => {
      expect((await overview(THIS_MONTH, north)).totals.amount).toBe(7300.5);
      expect((await overview(THIS_MONTH, south)).totals.amount).toBe(2000);
      // The south manager cannot widen their scope by naming another manager.
      expect((await overview({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerNorth.id }, south)).totals.amount).toBe(0);
      const moved = await t.gql('mutation ($p: ID!, $m: ID) { assignChannelManager(partnerId: $p, channelManagerId: $m) { id } }', { p: munich.partnerId, m: DEMO_USERS.channelManagerSouth.id }, { token: admin });
      expect(moved.errors).toBeUndefined();
      const northNow = await overview(THIS_MONTH, north);
      expect(northNow.totals.amount).toBe(6300.5);
      expect(northNow.byProduct).toEqual([
        { key: heatPump.id, label: heatPump.name, amount: 4500.5 },
        { key: boiler.id, label: boiler.name, amount: 1800 },
      ]);
      expect((await overview(THIS_MONTH, south)).totals.amount).toBe(3000);
      expect((await overview(THIS_MONTH)).totals.amount).toBe(9300.5);
    });

    it('takes a reversed declaration back out', async () => {
      const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Resellers', criteria: { types: ['RESELLER'] } } }, { token: admin });
      const resellers = created.data?.createSegment.id;
      expect((await overview(THIS_MONTH)).bySegment).toContainEqual({ key: resellers, label: 'Resellers', amount: 2000, quantity: 4, lines: 1, previousAmount: 500 });
      const reversed = await t.gql(OPS.reverse, { id: provenceDeclaration, reason: 'Invoice cancelled' }, { token: admin });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      await process();
      const sales = await overview(THIS_MONTH);
      expect(sales.totals).toEqual({ quantity: 6, amount: 7300.5, lines: 3 });
      expect(sales.byCountry).toContainEqual({ key: 'FR', amount: 6300.5, previousAmount: 500 });
      // A segment whose sales this period all went keeps its row, for the fall it shows.
      expect(sales.bySegment).toContainEqual({ key: resellers, label: 'Resellers', amount: 0, quantity: 0, lines: 0, previousAmount: 500 });
    });

    it('answers field errors for a period that is not whole months, reversed or too long, and refuses partner users', async () => {
      const cases: [Record<string, string>, string, string][] = [
        [{ from: month(0, 2), to: monthEnd(0) }, 'DASHBOARD_PERIOD_NOT_MONTHS', 'from'],
        [{ from: monthStart(-1), to: month(0, 1) }, 'DASHBOARD_PERIOD_NOT_MONTHS', 'to'],
        [{ from: monthStart(0), to: monthEnd(-1) }, 'DASHBOARD_PERIOD_REVERSED', 'to'],
        [{ from: '2020-01-01', to: '2024-01-31' }, 'DASHBOARD_PERIOD_TOO_LONG', 'to'],
        [{ from: '2026-13-01', to: monthEnd(0) }, 'INVALID_INPUT', 'from'],
      ];
      for (const [filter, code, field] of cases) {
        const result = await t.gql(SALES, { filter }, { token: admin });
        expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      }
      const partner = await t.gql(SALES, { filter: THIS_MONTH }, { token: await t.tokenFor(dupont.admin.email) });
      expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { DEMO_PARTNERS } from '../../seed/demo-partners';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';

const ROW = 'rank partnerId name code country amount lines previousAmount change changePercent';
const TOP = `query ($filter: DashboardFilterInput!) { topPartners(filter: $filter) {
  from to previousFrom partnersWithSales top { ${ROW} } rises { ${ROW} } falls { ${ROW} } } }`;

// Demo partners: Chauffage Dupont (1), Thermique Bretagne (2) and Wärmetechnik München (9) are the
// north manager's; Clim Provence (4) and Confort Lyonnais (5) the south manager's.
const [dupont, bretagne, provence, lyon, munich] = [1, 2, 4, 5, 9].map((n) => ({ ...demoPartnerAccounts(n), n }));
const month = (offset: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + (day === 0 ? 1 : 0), day)).toISOString().slice(0, 10);
};
const THIS_MONTH = { from: month(0), to: month(0, 0) };

/** The row the API should give for a demo partner, with its rank in the list. */
const row = (partner: { partnerId: string; n: number }, rank: number, amount: number, lines: number, previousAmount: number, changePercent: number | null) => {
  const demo = DEMO_PARTNERS[partner.n - 1];
  return { rank, partnerId: partner.partnerId, name: demo.name, code: demo.code, country: demo.country, amount, lines, previousAmount, change: amount - previousAmount, changePercent };
};

describe('TopPartnersService', () => {
  let t: TestApp;
  let admin: string;

  const top = async (filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(TOP, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.topPartners;
  };
  const approved = async (account: { admin: { email: string } }, saleDate: string, amounts: number[]) => {
    const declaration = await declare(t, await t.tokenFor(account.admin.email), declarationInput({ saleDate, lines: amounts.map((amount) => lineInput({ amount })) }));
    const result = await t.gql(OPS.approve, { id: declaration.id }, { token: admin });
    expect(result.data?.approveDeclaration.status).toBe('APPROVED');
    return declaration.id as string;
  };
  const process = () => t.app.get(ActivityProcessor).processPending();

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    // This month: Dupont 3,000 on two lines, München 2,500, Provence 1,500, Lyon 800; Bretagne nothing.
    await approved(dupont, month(0), [2000, 1000]);
    await approved(munich, month(0), [2500]);
    await approved(provence, month(0), [1500]);
    await approved(lyon, month(0), [800]);
    // Last month (this month's previous period): Dupont 1,000, Provence 4,000, Bretagne 600, Lyon 800.
    await approved(dupont, month(-1), [1000]);
    await approved(provence, month(-1), [4000]);
    await approved(bretagne, month(-1), [600]);
    await approved(lyon, month(-1), [800]);
    // Two months ago: Provence 700 (the previous period of last month and this month together).
    await approved(provence, month(-2), [700]);
    // Approved then reversed, and only submitted: not sell-out.
    const reversed = await approved(dupont, month(0), [5000]);
    await declare(t, await t.tokenFor(munich.admin.email), declarationInput({ saleDate: month(0), lines: [lineInput({ amount: 9999 })] }));
    await process();
    const result = await t.gql(OPS.reverse, { id: reversed, reason: 'Invoice cancelled' }, { token: admin });
    expect(result.data?.reverseDeclaration.status).toBe('REVERSED');
    await process();
    // Some forty GraphQL calls and sign-ins: longer than the 30 s default on a loaded machine.
  }, 120_000);
  afterAll(() => t.close());

  describe('topPartners', () => {
    it('ranks the partners by approved sell-out in the period, beside the previous period', async () => {
      const result = await top(THIS_MONTH);
      expect(result).toMatchObject({ from: month(0), to: month(0, 0), previousFrom: month(-1), partnersWithSales: 4 });
      expect(result.top).toEqual([row(dupont, 1, 3000, 2, 1000, 200), row(munich, 2, 2500, 1, 0, null), row(provence, 3, 1500, 1, 4000, -62.5), row(lyon, 4, 800, 1, 800, 0)]);
    });

    it('lists the biggest rises and falls against the previous period, leaving out partners that did not move', async () => {
      const result = await top(THIS_MONTH);
      expect(result.rises).toEqual([row(munich, 1, 2500, 1, 0, null), row(dupont, 2, 3000, 2, 1000, 200)]);
      expect(result.falls).toEqual([row(provence, 1, 1500, 1, 4000, -62.5), row(bretagne, 2, 0, 0, 600, -100)]);
    });

    it('adds up the months of a longer period against as many months before it', async () => {
      const result = await top({ from: month(-1), to: month(0, 0) });
      expect(result).toMatchObject({ previousFrom: month(-3), partnersWithSales: 5 });
      expect(result.top).toEqual([
        row(provence, 1, 5500, 2, 700, 685.71),
        row(dupont, 2, 4000, 3, 0, null),
        row(munich, 3, 2500, 1, 0, null),
        row(lyon, 4, 1600, 2, 0, null),
        row(bretagne, 5, 600, 1, 0, null),
      ]);
      expect(result.falls).toEqual([]);
    });

    it('narrows to a country, a channel manager or a segment', async () => {
      expect((await top({ ...THIS_MONTH, country: 'DE' })).top).toEqual([row(munich, 1, 2500, 1, 0, null)]);
      const south = await top({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerSouth.id });
      expect(south.top.map((r: { partnerId: string }) => r.partnerId)).toEqual([provence.partnerId, lyon.partnerId]);
      const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Resellers', criteria: { types: ['RESELLER'] } } }, { token: admin });
      const resellers = await top({ ...THIS_MONTH, segmentId: created.data?.createSegment.id });
      expect(resellers).toMatchObject({ partnersWithSales: 1, top: [row(provence, 1, 1500, 1, 4000, -62.5)], rises: [], falls: [row(provence, 1, 1500, 1, 4000, -62.5)] });
    });

    it('shows a channel manager only the partners assigned to them', async () => {
      const north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const result = await top(THIS_MONTH, north);
      expect(result.partnersWithSales).toBe(2);
      expect(result.top).toEqual([row(dupont, 1, 3000, 2, 1000, 200), row(munich, 2, 2500, 1, 0, null)]);
      expect(result.falls).toEqual([row(bretagne, 1, 0, 0, 600, -100)]);
      const south = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
      expect((await top({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerNorth.id }, south)).top).toEqual([]);
    });

    it('answers field errors for a bad filter and refuses partner users', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ from: month(0, 2), to: month(0, 0) }, 'DASHBOARD_PERIOD_NOT_MONTHS', 'from'],
        [{ from: month(0), to: month(-1, 0) }, 'DASHBOARD_PERIOD_REVERSED', 'to'],
        [{ from: '2020-01-01', to: '2024-01-31' }, 'DASHBOARD_PERIOD_TOO_LONG', 'to'],
        [{ ...THIS_MONTH, channelManagerId: 'nobody' }, 'INVALID_INPUT', 'channelManagerId'],
      ];
      for (const [filter, code, field] of cases) {
        const result = await t.gql(TOP, { filter }, { token: admin });
        expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      }
      for (const email of [dupont.admin.email, dupont.member.email]) {
        const partner = await t.gql(TOP, { filter: THIS_MONTH }, { token: await t.tokenFor(email) });
        expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
        expect(partner.data).toBeNull();
      }
    });
  });
});

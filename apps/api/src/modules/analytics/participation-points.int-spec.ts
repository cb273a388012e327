import { randomUUID } from 'node:crypto';

import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createItem, givePoints, order, PLACE } from '../../../test/support/rewards';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { LedgerService } from '../ledger/ledger.service';
import { RollupJournalWorker } from './rollup-journal.worker';
import { POINTS_JOURNAL, sliceSource } from './rollup-journals';

const FIGURES = 'issued redeemed expired withdrawn outstanding pending';
const POINTS = `query ($filter: DashboardFilterInput!) { pointsOverview(filter: $filter) {
  from to previousFrom totals { ${FIGURES} } previousTotals { ${FIGURES} } series { period ${FIGURES} } } }`;
const PARTICIPATION = `query ($filter: DashboardFilterInput!) { participationOverview(filter: $filter) {
  from to previousFrom totals { active partners } previousTotals { active partners } series { period active partners }
  bySegment { segmentId label active partners previousActive previousPartners } } }`;
const ADJUST = 'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id amount } }';

// Chauffage Dupont (FR, north), Clim Provence (FR, south), Wärmetechnik München (DE, north).
const dupont = demoPartnerAccounts(1);
const provence = demoPartnerAccounts(4);
const munich = demoPartnerAccounts(9);
const month = (offset: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + (day === 0 ? 1 : 0), day)).toISOString().slice(0, 10);
};
const [monthStart, monthEnd] = [(offset: number) => month(offset), (offset: number) => month(offset, 0)];
const THIS_MONTH = { from: monthStart(0), to: monthEnd(0) };

// The points slices (with their journal, or alone once folded) as the partners' months say they must be, by month, manager and country.
const SLICE_FIGURES = ['issued', 'redeemed', 'expired', 'withdrawn', 'net', 'pending'];
const nonZero = (sums: string[]) => `HAVING (${sums.join(', ')}) IS DISTINCT FROM (${sums.map(() => '0').join(', ')})`;
const FROM_MONTHS = `SELECT to_char(m.month, 'YYYY-MM-DD') AS month, coalesce(p.channel_manager_id::text, '-') AS manager, p.country,
    ${SLICE_FIGURES.map((f) => `sum(m.${f})::int AS ${f}`).join(', ')}, count(*) FILTER (WHERE m.earnings > 0)::int AS active
  FROM points_partner_monthly m JOIN partners p ON p.id = m.partner_id GROUP BY 1, 2, 3
  ${nonZero([...SLICE_FIGURES.map((f) => `sum(m.${f})`), 'count(*) FILTER (WHERE m.earnings > 0)'])} ORDER BY 1, 2, 3`;
const fromSlices = (slices: string) => `SELECT to_char(month, 'YYYY-MM-DD') AS month, coalesce(nullif(channel_manager_id, '00000000-0000-0000-0000-000000000000')::text, '-') AS manager, country,
    ${SLICE_FIGURES.map((f) => `sum(${f})::int AS ${f}`).join(', ')}, sum(active)::int AS active
  FROM ${slices} s GROUP BY 1, 2, 3 ${nonZero([...SLICE_FIGURES, 'active'].map((f) => `sum(${f})`))} ORDER BY 1, 2, 3`;
// Partner months whose running earning credits differ from the sum of the months up to them.
const RUNNING_MISMATCHES = `SELECT count(*)::int AS n FROM points_partner_monthly m LEFT JOIN points_partner_running r ON r.partner_id = m.partner_id
  WHERE sales_running_at(r.earnings, r.first_month, sales_month_index(m.month)) <> (SELECT sum(x.earnings) FROM points_partner_monthly x WHERE x.partner_id = m.partner_id AND x.month <= m.month)`;

describe('ParticipationPointsService', () => {
  let t: TestApp;
  let admin: string;
  let north: string;
  let south: string;
  let partnersInScope: { all: number; north: number; south: number; installersFr: number };
  // Points the earning rules paid for the two approvals (read from the ledger, the figures' source of truth).
  let dupontPoints: number;
  let provencePoints: number;
  let pendingPoints: number;
  let segmentId: string;

  const read = async (query: string, name: string, filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(query, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data[name];
  };
  const points = (filter: Record<string, unknown>, token?: string) => read(POINTS, 'pointsOverview', filter, token);
  const participation = (filter: Record<string, unknown>, token?: string) => read(PARTICIPATION, 'participationOverview', filter, token);
  const paid = async (declarationId: string) => {
    const [row] = await t.sql<{ points: number }>(`SELECT coalesce(sum(amount), 0)::int AS points FROM ledger_entries WHERE source_type = 'DECLARATION' AND source_id = $1 AND kind = 'DECLARATION_APPROVED'`, [declarationId]);
    return row.points;
  };
  const approved = async (email: string) => {
    const declaration = await declare(t, await t.tokenFor(email), declarationInput({ saleDate: monthStart(0), lines: [lineInput({ quantity: 2 })] }));
    const result = await t.gql(OPS.approve, { id: declaration.id }, { token: admin });
    expect(result.data?.approveDeclaration.status).toBe('APPROVED');
    return declaration.id as string;
  };
  const adjust = async (ownerType: 'USER' | 'PARTNER', ownerId: string, amount: number) => {
    const result = await t.gql(ADJUST, { input: { ownerType, ownerId, amount, reason: 'Dashboard test', idempotencyKey: randomUUID() } }, { token: admin });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.adjustPoints.id as string;
  };

  beforeAll(async () => {
    // The activity worker stays idle: stages and badges it would award are not what this test counts.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [admin, north, south] = await Promise.all([t.tokenFor(DEMO_USERS.brandAdmin.email), t.tokenFor(DEMO_USERS.channelManagerNorth.email), t.tokenFor(DEMO_USERS.channelManagerSouth.email)]);
    // The demo network joined a year ago, so it is in scope in the previous period too.
    await t.sql(`UPDATE partners SET created_at = now() - interval '1 year'`);
    const [counts] = await t.sql<{ all: number; north: number; south: number; installers_fr: number }>(
      `SELECT count(*)::int AS all, count(*) FILTER (WHERE channel_manager_id = $1)::int AS north, count(*) FILTER (WHERE channel_manager_id = $2)::int AS south,
              count(*) FILTER (WHERE type = 'INSTALLER' AND country = 'FR')::int AS installers_fr FROM partners`,
      [DEMO_USERS.channelManagerNorth.id, DEMO_USERS.channelManagerSouth.id],
    );
    partnersInScope = { all: counts.all, north: counts.north, south: counts.south, installersFr: counts.installers_fr };
    const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Installers FR', criteria: { types: ['INSTALLER'], countries: ['FR'] } } }, { token: admin });
    segmentId = created.data?.createSegment.id;

    // Last month: Clim Provence's user passed a quiz (written as it was then: the API writes now).
    const [wallet] = await t.sql<{ id: string }>(`INSERT INTO ledger_accounts (owner_type, owner_id) VALUES ('USER', $1) RETURNING id`, [provence.admin.id]);
    await t.sql(
      `INSERT INTO ledger_entries (account_id, amount, kind, source_type, source_id, idempotency_key, created_at)
       VALUES ($1, 70, 'QUIZ_PASSED', 'QUIZ', $2, $2, $3::date + interval '3 days')`,
      [wallet.id, randomUUID(), monthStart(-1)],
    );

    // This month: two approvals, a quiz, a redemption, adjustments both ways, a reversal, an expiry.
    const dupontDeclaration = await approved(dupont.admin.email);
    dupontPoints = await paid(dupontDeclaration);
    const provenceDeclaration = await approved(provence.admin.email);
    provencePoints = await paid(provenceDeclaration);
    await givePoints(t, dupont.admin.id, 200);
    const item = await createItem(t, admin, { pointsCost: 40 });
    const placed = await t.gql(PLACE, { input: order(item.id) }, { token: await t.tokenFor(dupont.admin.email) });
    expect(placed.data?.placeRewardOrder.totalPoints).toBe(40);
    await adjust('USER', dupont.admin.id, -30);
    const bonus = await adjust('PARTNER', munich.partnerId, 100);
    const reversed = await t.gql(OPS.reverse, { id: provenceDeclaration, reason: 'Invoice cancelled' }, { token: admin });
    expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
    // München's bonus reaches its expiry date; the expiry job runs.
    await t.sql(`UPDATE ledger_lots SET expires_at = now() - interval '1 minute' WHERE entry_id = $1`, [bonus]);
    await t.app.get(LedgerService).expireDue(new Date());
    // With a return window longer than any month, a new approval is still pending at the month's end.
    await t.gql('mutation ($input: UpdateProgrammeSettingsInput!) { updateProgrammeSettings(input: $input) { returnWindowDays } }', { input: { returnWindowDays: 40 } }, { token: admin });
    pendingPoints = await paid(await approved(dupont.admin.email));
  });
  afterAll(() => t.close());

  describe('pointsOverview', () => {
    it('counts points issued net of reversals, redeemed, expired, withdrawn and outstanding, with the previous period', async () => {
      const overview = await points(THIS_MONTH);
      expect(overview).toMatchObject({ from: monthStart(0), to: monthEnd(0), previousFrom: monthStart(-1) });
      expect(overview.totals).toEqual({
        issued: dupontPoints + 200 + 100 + pendingPoints,
        redeemed: 40,
        expired: 100,
        withdrawn: 30,
        outstanding: 70 + dupontPoints + 200 - 40 - 30 + pendingPoints,
        pending: pendingPoints,
      });
      expect([dupontPoints, provencePoints, pendingPoints].every((p) => p > 0)).toBe(true);
      expect(overview.previousTotals).toEqual({ issued: 70, redeemed: 0, expired: 0, withdrawn: 0, outstanding: 70, pending: 0 });
    });

    it('gives each month its movements and the outstanding points at its end', async () => {
      const overview = await points({ from: monthStart(-1), to: monthEnd(0) });
      expect(overview.series).toEqual([
        { period: monthStart(-1), issued: 70, redeemed: 0, expired: 0, withdrawn: 0, outstanding: 70, pending: 0 },
        { period: monthStart(0), ...(await points(THIS_MONTH)).totals },
      ]);
      expect(overview.previousTotals).toEqual({ issued: 0, redeemed: 0, expired: 0, withdrawn: 0, outstanding: 0, pending: 0 });
    });

    it('narrows the figures to a channel manager\'s current partners, a country, a channel manager or a segment', async () => {
      const dupontOutstanding = dupontPoints + 200 - 40 - 30 + pendingPoints;
      expect((await points(THIS_MONTH, south)).totals).toEqual({ issued: 0, redeemed: 0, expired: 0, withdrawn: 0, outstanding: 70, pending: 0 });
      expect((await points(THIS_MONTH, north)).totals).toMatchObject({ issued: dupontPoints + 300 + pendingPoints, expired: 100, outstanding: dupontOutstanding });
      // A channel manager cannot widen their scope by naming another.
      expect((await points({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerNorth.id }, south)).totals.outstanding).toBe(0);
      expect((await points({ ...THIS_MONTH, country: 'DE' })).totals).toEqual({ issued: 100, redeemed: 0, expired: 100, withdrawn: 0, outstanding: 0, pending: 0 });
      expect((await points({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerSouth.id })).totals.outstanding).toBe(70);
      expect((await points({ ...THIS_MONTH, segmentId })).totals).toMatchObject({ issued: dupontPoints + 200 + pendingPoints, redeemed: 40, outstanding: dupontOutstanding });
    });
  });

  describe('participationOverview', () => {
    it('counts partners that earned points over the partners in scope, by month and by segment, with the previous period', async () => {
      const overview = await participation({ from: monthStart(-1), to: monthEnd(0) });
      // Dupont and Provence earned this month (a reversal does not undo having taken part); München only got an adjustment.
      expect(overview.series).toEqual([
        { period: monthStart(-1), active: 1, partners: partnersInScope.all },
        { period: monthStart(0), active: 2, partners: partnersInScope.all },
      ]);
      expect(overview.totals).toEqual({ active: 2, partners: partnersInScope.all });
      const thisMonth = await participation(THIS_MONTH);
      expect(thisMonth.previousTotals).toEqual({ active: 1, partners: partnersInScope.all });
      expect(thisMonth.bySegment).toContainEqual({ segmentId, label: 'Installers FR', active: 1, partners: partnersInScope.installersFr, previousActive: 0, previousPartners: partnersInScope.installersFr });
      expect((await participation({ ...THIS_MONTH, segmentId })).totals).toEqual({ active: 1, partners: partnersInScope.installersFr });
    });

    it('shows a channel manager only their partners, and a country only its partners', async () => {
      expect((await participation(THIS_MONTH, north)).totals).toEqual({ active: 1, partners: partnersInScope.north });
      expect((await participation(THIS_MONTH, south))).toMatchObject({ totals: { active: 1, partners: partnersInScope.south }, previousTotals: { active: 1 } });
      expect((await participation({ ...THIS_MONTH, country: 'DE' })).totals.active).toBe(0);
    });

    it('does not count partners that joined after the period', async () => {
      await t.sql(`UPDATE partners SET created_at = now() WHERE id = $1`, [munich.partnerId]);
      expect((await participation(THIS_MONTH)).previousTotals.partners).toBe(partnersInScope.all - 1);
    });
  });

  it('keeps its slices and running credits equal to the partners\' months through a partner\'s move, and folds its journal without changing a figure', async () => {
    await t.sql('UPDATE partners SET channel_manager_id = $2, country = $3 WHERE id = $1', [dupont.partnerId, DEMO_USERS.channelManagerSouth.id, 'BE']);
    try {
      expect((await points(THIS_MONTH, south)).totals.issued).toBeGreaterThan(0);
      expect((await points(THIS_MONTH, north)).totals).toMatchObject({ issued: 100, expired: 100, outstanding: 0 });
      expect((await participation({ ...THIS_MONTH, country: 'BE' })).totals.active).toBe(1);
      const months = await t.sql(FROM_MONTHS);
      expect(months.length).toBeGreaterThan(0);
      expect(await t.sql(fromSlices(sliceSource(POINTS_JOURNAL)))).toEqual(months);
      expect(await t.sql('SELECT count(*)::int AS n FROM points_slice_changes')).not.toEqual([{ n: 0 }]);
      const before = await points({ from: monthStart(-1), to: monthEnd(0) });
      await Promise.all([t.app.get(RollupJournalWorker).fold(), t.app.get(RollupJournalWorker).fold()]);
      expect(await t.sql('SELECT count(*)::int AS n FROM points_slice_changes')).toEqual([{ n: 0 }]);
      expect(await t.sql(fromSlices('points_slices'))).toEqual(months);
      expect(await points({ from: monthStart(-1), to: monthEnd(0) })).toEqual(before);
      expect(await t.sql(RUNNING_MISMATCHES)).toEqual([{ n: 0 }]);
    } finally {
      await t.sql('UPDATE partners SET channel_manager_id = $2, country = $3 WHERE id = $1', [dupont.partnerId, DEMO_USERS.channelManagerNorth.id, 'FR']);
    }
    expect(await t.sql(fromSlices(sliceSource(POINTS_JOURNAL)))).toEqual(await t.sql(FROM_MONTHS));
  });

  it('answers field errors for a bad period and refuses partner users', async () => {
    for (const query of [POINTS, PARTICIPATION]) {
      const notMonths = await t.gql(query, { filter: { from: month(0, 2), to: monthEnd(0) } }, { token: admin });
      expect(notMonths.errors?.[0].extensions).toMatchObject({ code: 'DASHBOARD_PERIOD_NOT_MONTHS', field: 'from' });
      const invalid = await t.gql(query, { filter: { from: '2026-13-01', to: monthEnd(0) } }, { token: admin });
      expect(invalid.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
      const partner = await t.gql(query, { filter: THIS_MONTH }, { token: await t.tokenFor(dupont.member.email) });
      expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    }
  });
});

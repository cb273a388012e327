import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { RollupJournalWorker } from './rollup-journal.worker';
import { FLAG_JOURNAL, FUNNEL_JOURNAL, sliceSource } from './rollup-journals';

const FUNNEL = `query ($filter: DashboardFilterInput!) { declarationFunnel(filter: $filter) {
  from to previousFrom
  figures { submitted approved partiallyApproved rejected reversed withdrawn pending needsInformation decided medianDecisionSeconds p90DecisionSeconds }
  previousFigures { submitted approved pending decided medianDecisionSeconds }
  series { period submitted approved } flags { code raised approved rejected open previousRaised } } }`;

// Chauffage Dupont (FR, installer) and Wärmetechnik München (DE, installer) are the north manager's,
// Clim Provence (FR, reseller) the south manager's.
const dupont = demoPartnerAccounts(1);
const provence = demoPartnerAccounts(4);
const munich = demoPartnerAccounts(9);
const HOUR = 3600;
const month = (offset: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + (day === 0 ? 1 : 0), day)).toISOString().slice(0, 10);
};
const THIS_MONTH = { from: month(0), to: month(0, 0) };

// The funnel's figures from the declarations themselves, per month of submission, channel manager
// and country, as the rollups (kept by triggers: the slices with their journal of changes) must hold
// them; and each kind of flag likewise.
const FROM_ROWS = `SELECT to_char(date_trunc('month', d.submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month, coalesce(p.channel_manager_id::text, '-') AS manager, p.country,
    count(*)::int AS submitted, count(*) FILTER (WHERE d.status = 'APPROVED')::int AS approved, count(*) FILTER (WHERE d.status = 'REVERSED')::int AS reversed,
    count(*) FILTER (WHERE d.status IN ('SUBMITTED', 'NEEDS_INFO'))::int AS pending, count(d.decided_at)::int AS decided,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM declaration_events e WHERE e.declaration_id = d.id AND e.action = 'INFO_REQUESTED'))::int AS needs_information
  FROM declarations d JOIN partners p ON p.id = d.partner_id WHERE d.submitted_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const FUNNEL_SLICES = `${sliceSource(FUNNEL_JOURNAL)} s`;
const FLAG_SLICES = `${sliceSource(FLAG_JOURNAL)} s`;
const fromSlices = (slices = FUNNEL_SLICES) => `SELECT to_char(month, 'YYYY-MM-DD') AS month, nullif(channel_manager_id, '00000000-0000-0000-0000-000000000000')::text AS manager, country,
    sum(submitted)::int AS submitted, sum(approved)::int AS approved, sum(reversed)::int AS reversed, sum(pending)::int AS pending,
    coalesce(sum(submitted) FILTER (WHERE decision_bucket >= 0), 0)::int AS decided, sum(needs_information)::int AS needs_information
  FROM ${slices} GROUP BY 1, 2, 3 HAVING sum(submitted) <> 0 ORDER BY 1, 2, 3`;
const FLAGS_FROM_ROWS = `SELECT to_char(date_trunc('month', d.submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month, coalesce(p.channel_manager_id::text, '-') AS manager, f.code,
    count(DISTINCT d.id)::int AS raised, count(DISTINCT d.id) FILTER (WHERE d.status IN ('SUBMITTED', 'NEEDS_INFO'))::int AS open
  FROM declaration_flags f JOIN declarations d ON d.id = f.declaration_id JOIN partners p ON p.id = d.partner_id WHERE d.submitted_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
const flagsFromSlices = (slices = FLAG_SLICES) => `SELECT to_char(month, 'YYYY-MM-DD') AS month, nullif(channel_manager_id, '00000000-0000-0000-0000-000000000000')::text AS manager, code,
    sum(raised)::int AS raised, sum(open)::int AS open
  FROM ${slices} GROUP BY 1, 2, 3 HAVING sum(raised) <> 0 ORDER BY 1, 2, 3`;

describe('DeclarationFunnelService', () => {
  let t: TestApp;
  let admin: string;
  const ids: Record<'approved' | 'waiting', string> = { approved: '', waiting: '' };

  const funnel = async (filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(FUNNEL, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.declarationFunnel;
  };
  const submit = async (account: { admin: { email: string } }, lines = [lineInput()]) => declare(t, await t.tokenFor(account.admin.email), declarationInput({ lines }));
  const decide = async (declaration: { id: string; lines: { id: string }[] }, decisions: ('APPROVE' | 'REJECT')[]) => {
    const lines = decisions.map((decision, i) => ({ lineId: declaration.lines[i].id, decision, ...(decision === 'REJECT' ? { reasonCode: 'OTHER', message: 'No' } : {}) }));
    const result = await t.gql(OPS.decide, { id: declaration.id, input: { lines } }, { token: admin });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
  };
  const askInformation = async (id: string) => {
    const result = await t.gql(OPS.requestInfo, { id, message: 'Which invoice?' }, { token: admin });
    expect(result.data?.requestInformation.status).toBe('NEEDS_INFO');
  };
  /** Submitted an hour into the month `offset` months from this one, decided `hours` later (if decided). */
  const timed = (id: string, offset: number, hours: number | null) =>
    t.sql(
      `UPDATE declarations SET submitted_at = date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => $2, hours => 1),
              decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => $2, hours => 1 + $3) END
        WHERE id = $1`,
      [id, offset, hours ?? 0],
    );

  beforeAll(async () => {
    // The fold worker waits: the spec folds the journal itself, when it checks the fold.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    const invoice = 'FUNNEL-INVOICE-1';
    // This month: approved in 2 h, rejected in 4 h (a duplicate invoice), partly approved in 6 h,
    // approved in 10 h after a request for information; one left waiting for information, one
    // (the same invoice again) still to decide.
    const approved = await submit(dupont, [lineInput({ invoiceReference: invoice })]);
    await decide(approved, ['APPROVE']);
    const rejected = await submit(dupont, [lineInput({ invoiceReference: invoice })]);
    await decide(rejected, ['REJECT']);
    const partly = await submit(provence, [lineInput(), lineInput()]);
    await decide(partly, ['APPROVE', 'REJECT']);
    const asked = await submit(munich);
    await askInformation(asked.id);
    const resubmitted = await t.gql(OPS.submit, { id: asked.id, key: 'funnel-resubmission' }, { token: await t.tokenFor(munich.admin.email) });
    expect(resubmitted.data?.submitDeclaration.status).toBe('SUBMITTED');
    await decide(asked, ['APPROVE']);
    const waiting = await submit(provence);
    await askInformation(waiting.id);
    const open = await submit(dupont, [lineInput({ invoiceReference: invoice })]);
    Object.assign(ids, { approved: approved.id, waiting: waiting.id });
    // Last month: one approved in 1 h. Drafts are not in the funnel.
    const before = await submit(munich);
    await decide(before, ['APPROVE']);
    await t.gql(OPS.create, { input: declarationInput() }, { token: await t.tokenFor(dupont.admin.email) });
    for (const [id, offset, hours] of [
      [approved.id, 0, 2],
      [rejected.id, 0, 4],
      [partly.id, 0, 6],
      [asked.id, 0, 10],
      [waiting.id, 0, null],
      [open.id, 0, null],
      [before.id, -1, 1],
    ] as const) {
      await timed(id, offset, hours);
    }
  });
  afterAll(() => t.close());

  describe('declarationFunnel', () => {
    it('counts the declarations submitted in the period by where they stand, with the time to decide and the previous period', async () => {
      const result = await funnel(THIS_MONTH);
      expect(result).toMatchObject({ from: month(0), to: month(0, 0), previousFrom: month(-1) });
      expect(result.figures).toEqual({
        submitted: 6,
        approved: 2,
        partiallyApproved: 1,
        rejected: 1,
        reversed: 0,
        withdrawn: 0,
        pending: 2,
        needsInformation: 2,
        decided: 4,
        medianDecisionSeconds: 5 * HOUR,
        // The 90th percentile of 2, 4, 6 and 10 hours, interpolated: 6 + 0.7 × 4.
        p90DecisionSeconds: 31_680,
      });
      expect(result.previousFigures).toEqual({ submitted: 1, approved: 1, pending: 0, decided: 1, medianDecisionSeconds: HOUR });
    });

    it('gives every month of the period its submitted and approved declarations', async () => {
      const result = await funnel({ from: month(-1), to: month(0, 0) });
      expect(result.series).toEqual([
        { period: month(-1), submitted: 1, approved: 1 },
        { period: month(0), submitted: 6, approved: 3 },
      ]);
      expect(result.previousFigures.submitted).toBe(0);
    });

    it('counts each kind of flag once per declaration, by the outcome of the declaration', async () => {
      const { flags } = await funnel(THIS_MONTH);
      expect(flags.find((f: { code: string }) => f.code === 'DUPLICATE_INVOICE')).toEqual({ code: 'DUPLICATE_INVOICE', raised: 2, approved: 0, rejected: 1, open: 1, previousRaised: 0 });
    });

    it('narrows the funnel to a country, a segment or a channel manager', async () => {
      expect((await funnel({ ...THIS_MONTH, country: 'DE' })).figures).toMatchObject({ submitted: 1, approved: 1, needsInformation: 1, medianDecisionSeconds: 10 * HOUR });
      expect((await funnel({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerSouth.id })).figures).toMatchObject({ submitted: 2, partiallyApproved: 1, pending: 1 });
      const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Resellers', criteria: { types: ['RESELLER'] } } }, { token: admin });
      expect((await funnel({ ...THIS_MONTH, segmentId: created.data?.createSegment.id })).figures).toMatchObject({ submitted: 2, partiallyApproved: 1, needsInformation: 1 });
    });

    it('shows a channel manager only the partners assigned to them', async () => {
      const north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const south = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
      expect((await funnel(THIS_MONTH, north)).figures).toMatchObject({ submitted: 4, approved: 2, rejected: 1, pending: 1, partiallyApproved: 0 });
      expect((await funnel(THIS_MONTH, south)).figures).toMatchObject({ submitted: 2, approved: 0, partiallyApproved: 1, pending: 1 });
      expect((await funnel({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerNorth.id }, south)).figures.submitted).toBe(0);
    });

    it('keeps its rollups equal to the declarations through a reversal, a resubmission and a partner moving to another manager', async () => {
      const reversed = await t.gql(OPS.reverse, { id: ids.approved, reason: 'Returned' }, { token: admin });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      const resubmitted = await t.gql(OPS.submit, { id: ids.waiting, key: 'funnel-waiting-again' }, { token: await t.tokenFor(provence.admin.email) });
      expect(resubmitted.data?.submitDeclaration.status).toBe('SUBMITTED');
      await t.sql('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [provence.partnerId, DEMO_USERS.channelManagerNorth.id]);
      try {
        const north = await funnel({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerNorth.id });
        expect(north.figures).toMatchObject({ submitted: 6, approved: 1, reversed: 1, partiallyApproved: 1, pending: 2, needsInformation: 2, decided: 4 });
        expect((await funnel({ ...THIS_MONTH, channelManagerId: DEMO_USERS.channelManagerSouth.id })).figures.submitted).toBe(0);
        expect(await t.sql(fromSlices())).toEqual(await t.sql(FROM_ROWS));
        expect(await t.sql(flagsFromSlices())).toEqual(await t.sql(FLAGS_FROM_ROWS));
      } finally {
        await t.sql('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [provence.partnerId, DEMO_USERS.channelManagerSouth.id]);
      }
      expect(await t.sql(fromSlices())).toEqual(await t.sql(FROM_ROWS));
    });

    it('folds its journal of changes into the slices without changing a figure, once however many processes fold', async () => {
      const before = await funnel(THIS_MONTH);
      expect(await t.sql('SELECT count(*)::int AS n FROM declaration_funnel_slice_changes')).not.toEqual([{ n: 0 }]);
      const worker = t.app.get(RollupJournalWorker);
      await Promise.all([worker.fold(), worker.fold(), worker.fold()]);
      expect(await t.sql('SELECT (SELECT count(*) FROM declaration_funnel_slice_changes)::int AS funnel, (SELECT count(*) FROM declaration_flag_slice_changes)::int AS flags')).toEqual([{ funnel: 0, flags: 0 }]);
      expect(await t.sql(fromSlices('declaration_funnel_slices'))).toEqual(await t.sql(FROM_ROWS));
      expect(await t.sql(flagsFromSlices('declaration_flag_slices'))).toEqual(await t.sql(FLAGS_FROM_ROWS));
      expect(await funnel(THIS_MONTH)).toEqual(before);
    });

    it('answers field errors for a bad filter and refuses partner users', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ from: month(0, 2), to: month(0, 0) }, 'DASHBOARD_PERIOD_NOT_MONTHS', 'from'],
        [{ from: month(0), to: month(-1, 0) }, 'DASHBOARD_PERIOD_REVERSED', 'to'],
        [{ ...THIS_MONTH, segmentId: 'not-a-uuid' }, 'INVALID_INPUT', 'segmentId'],
        [{ ...THIS_MONTH, country: 'france' }, 'INVALID_INPUT', 'country'],
      ];
      for (const [filter, code, field] of cases) {
        const result = await t.gql(FUNNEL, { filter }, { token: admin });
        expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      }
      const partner = await t.gql(FUNNEL, { filter: THIS_MONTH }, { token: await t.tokenFor(dupont.admin.email) });
      expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

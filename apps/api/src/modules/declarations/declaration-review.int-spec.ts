import { declarationInput, declare, lineInput, newInvoice, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const north = demoPartnerAccounts(1);

describe('DeclarationReviewService', () => {
  let t: TestApp;
  let partner: string;
  let brandAdmin: string;
  let managerNorth: string;
  let managerSouth: string;

  beforeAll(async () => {
    // No background activity: the tier its approvals reach would multiply the points this file counts exactly.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [partner, brandAdmin, managerNorth, managerSouth] = await Promise.all([
      t.tokenFor(north.admin.email),
      t.tokenFor(DEMO_USERS.brandAdmin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(DEMO_USERS.channelManagerSouth.email),
    ]);
  });
  afterAll(() => t.close());

  const twoLines = () => declare(t, partner, declarationInput({ lines: [lineInput(), lineInput()] }));
  /** What the ledger holds for a declaration: net points, and how many credits paid them. */
  const paid = async (id: string) =>
    (
      await t.sql(
        `SELECT coalesce(sum(amount), 0)::int AS points, (count(*) FILTER (WHERE kind = 'DECLARATION_APPROVED'))::int AS credits,
                (count(*) FILTER (WHERE kind = 'REVERSAL'))::int AS reversals
           FROM ledger_entries WHERE source_type = 'DECLARATION' AND source_id = $1`,
        [id],
      )
    )[0];
  const events = async (id: string, action: string) =>
    (await t.sql('SELECT count(*)::int AS n FROM declaration_events WHERE declaration_id = $1 AND action = $2', [id, action]))[0].n as number;

  describe('decideDeclaration', () => {
    it('approves one line and rejects the other with a reason, and tells the declarer in their language', async () => {
      const declaration = await twoLines();
      const [first, second] = declaration.lines;
      const result = await t.gql(
        OPS.decide,
        { id: declaration.id, input: { lines: [{ lineId: first.id, decision: 'APPROVE' }, { lineId: second.id, decision: 'REJECT', reasonCode: 'MISSING_PROOF', message: 'Facture illisible' }] } },
        { token: managerNorth },
      );
      const decided = result.data?.decideDeclaration;
      expect(decided.status).toBe('PARTIALLY_APPROVED');
      expect(decided.lines.map((l: { status: string; rejectReasonCode: string | null }) => [l.status, l.rejectReasonCode])).toEqual([
        ['APPROVED', null],
        ['REJECTED', 'MISSING_PROOF'],
      ]);
      expect(decided.events.at(-1)).toMatchObject({ action: 'LINES_DECIDED', fromStatus: 'SUBMITTED', toStatus: 'PARTIALLY_APPROVED', authorId: DEMO_USERS.channelManagerNorth.id, message: 'Facture illisible' });
      // Heat pumps earn 50 points a unit in the demo rules; the rejected line earns nothing.
      expect(decided.lines.map((l: { pointsAwarded: number | null }) => l.pointsAwarded)).toEqual([100, null]);
      expect(await paid(declaration.id)).toEqual({ points: 100, credits: 1, reversals: 0 });
      const wallet = await t.sql(
        "SELECT a.owner_type, a.owner_id FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE e.idempotency_key = $1",
        [`declaration-line:${first.id}`],
      );
      expect(wallet).toEqual([{ owner_type: 'USER', owner_id: north.admin.id }]);
      const timeline = await t.gql('query ($id: ID!) { declaration(id: $id) { events { action authorName } } }', { id: declaration.id }, { token: partner });
      expect(timeline.data?.declaration.events.map((e: { authorName: string }) => e.authorName)).toEqual(['Julien Dupont', 'Julien Dupont', 'Claire Martin']);
      const mail = await t.mailbox.waitFor(north.admin.email, /Votre déclaration du .* a été traitée/);
      expect(mail.text).toContain('1 ligne(s) validée(s) et 1 ligne(s) refusée(s)');
    });

    it('stays submitted while lines are pending, and refuses to decide a line twice', async () => {
      const declaration = await twoLines();
      const [first, second] = declaration.lines;
      const once = await t.gql(OPS.decide, { id: declaration.id, input: { lines: [{ lineId: first.id, decision: 'APPROVE' }] } }, { token: brandAdmin });
      expect(once.data?.decideDeclaration.status).toBe('SUBMITTED');
      const twice = await t.gql(OPS.decide, { id: declaration.id, input: { lines: [{ lineId: first.id, decision: 'REJECT', reasonCode: 'OTHER' }] } }, { token: brandAdmin });
      expect(twice.errors?.[0]?.extensions?.code).toBe('DECLARATION_ALREADY_DECIDED');
      const rest = await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin });
      expect(rest.data?.approveDeclaration).toMatchObject({ status: 'APPROVED', lines: [{ id: first.id }, { id: second.id, status: 'APPROVED' }] });
    });

    it('needs a reason to reject, and names a line that is not in the declaration', async () => {
      const declaration = await twoLines();
      const noReason = await t.gql(OPS.decide, { id: declaration.id, input: { lines: [{ lineId: declaration.lines[0].id, decision: 'REJECT' }] } }, { token: brandAdmin });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'REJECT_REASON_REQUIRED', field: 'lines.0.reasonCode' });
      const stranger = await t.gql(OPS.decide, { id: declaration.id, input: { lines: [{ lineId: declaration.id, decision: 'APPROVE' }] } }, { token: brandAdmin });
      expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'DECLARATION_LINE_NOT_FOUND', field: 'lines.0.lineId' });
      expect(await t.sql("SELECT count(*)::int AS n FROM declaration_lines WHERE declaration_id = $1 AND status <> 'PENDING'", [declaration.id])).toEqual([{ n: 0 }]);
    });

    it('does not let a channel manager see or decide a declaration outside their scope', async () => {
      const declaration = await twoLines();
      for (const op of [OPS.approve, OPS.get]) {
        const result = await t.gql(op, { id: declaration.id }, { token: managerSouth });
        expect(result.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      }
      const decide = await t.gql(OPS.decide, { id: declaration.id, input: { lines: [{ lineId: declaration.lines[0].id, decision: 'APPROVE' }] } }, { token: managerSouth });
      expect(decide.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      expect(await t.sql('SELECT status FROM declarations WHERE id = $1', [declaration.id])).toEqual([{ status: 'SUBMITTED' }]);
    });

    it('refuses partner users', async () => {
      const declaration = await twoLines();
      const result = await t.gql(OPS.approve, { id: declaration.id }, { token: partner });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });

    it('decides once when two managers approve at the same moment', async () => {
      const declaration = await twoLines();
      const results = await Promise.all([t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin }), t.gql(OPS.approve, { id: declaration.id }, { token: managerNorth })]);
      expect(results.filter((r) => r.data?.approveDeclaration.status === 'APPROVED')).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'DECLARATION_ALREADY_DECIDED')).toHaveLength(1);
      expect(await events(declaration.id, 'LINES_DECIDED')).toBe(1);
      expect(await paid(declaration.id)).toEqual({ points: 200, credits: 2, reversals: 0 });
    });

    it('pays the declaration-wide feedback bonus once, on the first line, with its explanation', async () => {
      const declaration = await declare(t, partner, declarationInput({ feedback: { rating: 4 }, lines: [lineInput(), lineInput()] }));
      const approved = (await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin })).data?.approveDeclaration;
      expect(approved.lines.map((l: { pointsAwarded: number }) => l.pointsAwarded)).toEqual([120, 100]);
      expect(await paid(declaration.id)).toMatchObject({ points: 220, credits: 2 });
      const [explanation] = await t.sql('SELECT points_explanation FROM declaration_lines WHERE id = $1', [approved.lines[0].id]);
      expect(explanation.points_explanation).toMatchObject({ computed: 100, paid: 120, bonuses: [{ code: 'BONUS_FEEDBACK' }] });
    });
  });

  describe('approveDeclarations', () => {
    it('approves the selected declarations in scope and leaves out the others', async () => {
      const [a, b] = [await twoLines(), await twoLines()];
      const done = await t.gql(OPS.approve, { id: b.id }, { token: brandAdmin });
      expect(done.data?.approveDeclaration.status).toBe('APPROVED');
      const bulk = await t.gql('mutation ($ids: [ID!]!) { approveDeclarations(ids: $ids) { id status partner { name } declaredByName } }', { ids: [a.id, b.id, a.id] }, { token: managerNorth });
      expect(bulk.data?.approveDeclarations).toEqual([{ id: a.id, status: 'APPROVED', partner: { name: 'Chauffage Dupont' }, declaredByName: 'Julien Dupont' }]);
      const outOfScope = await t.gql('mutation ($ids: [ID!]!) { approveDeclarations(ids: $ids) { id } }', { ids: [(await twoLines()).id] }, { token: managerSouth });
      expect(outOfScope.data?.approveDeclarations).toEqual([]);
    });
  });

  describe('approveDeclaration with points split between the rep and the partner', () => {
    it('pays each share under its own key, adding up to the line’s points', async () => {
      await t.sql("UPDATE programme_settings SET declaration_points_recipient = 'SPLIT', split_user_percent = 30");
      try {
        const declaration = await declare(t, partner, declarationInput({ lines: [lineInput({ quantity: 3 })] }));
        await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin });
        const entries = await t.sql(
          'SELECT a.owner_type, e.amount, e.idempotency_key FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE e.source_id = $1 ORDER BY a.owner_type',
          [declaration.id],
        );
        const key = `declaration-line:${declaration.lines[0].id}`;
        expect(entries).toEqual([
          { owner_type: 'PARTNER', amount: 105, idempotency_key: `${key}:partner` },
          { owner_type: 'USER', amount: 45, idempotency_key: key },
        ]);
      } finally {
        await t.sql("UPDATE programme_settings SET declaration_points_recipient = 'USER'");
      }
    });
  });

  describe('requestInformation', () => {
    it('sends the declaration back; the partner edits it and submits it again', async () => {
      const declaration = await twoLines();
      const asked = await t.gql(OPS.requestInfo, { id: declaration.id, message: 'Quel numéro de série ?', lineIds: [declaration.lines[1].id] }, { token: managerNorth });
      expect(asked.data?.requestInformation.status).toBe('NEEDS_INFO');
      expect(asked.data?.requestInformation.events.at(-1)).toMatchObject({ action: 'INFO_REQUESTED', lineIds: [declaration.lines[1].id], message: 'Quel numéro de série ?' });
      await t.mailbox.waitFor(north.admin.email, /Informations demandées/);
      const edited = await t.gql(OPS.update, { id: declaration.id, input: declarationInput({ lines: [lineInput({ serialNumbers: ['SN-NEW-77'] })] }) }, { token: partner });
      expect(edited.data?.updateDeclaration.status).toBe('NEEDS_INFO');
      const again = await t.gql(OPS.submit, { id: declaration.id, key: newInvoice() }, { token: partner });
      expect(again.data?.submitDeclaration.status).toBe('SUBMITTED');
      expect(again.data?.submitDeclaration.events.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'SUBMITTED', 'INFO_REQUESTED', 'UPDATED', 'SUBMITTED']);
    });

    it('needs a message', async () => {
      const declaration = await twoLines();
      const result = await t.gql(OPS.requestInfo, { id: declaration.id, message: '  ' }, { token: brandAdmin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'message' });
    });
  });

  describe('reverseDeclaration', () => {
    it('takes back exactly what an approved declaration paid, once, with its reason on the timeline', async () => {
      const declaration = await twoLines();
      const early = await t.gql(OPS.reverse, { id: declaration.id, reason: 'Fraude' }, { token: brandAdmin });
      expect(early.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_REVERSIBLE');
      await t.gql(OPS.approve, { id: declaration.id }, { token: brandAdmin });
      const reversed = await t.gql(OPS.reverse, { id: declaration.id, reason: 'Facture annulée' }, { token: brandAdmin });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      expect(reversed.data?.reverseDeclaration.events.at(-1)).toMatchObject({ action: 'REVERSED', fromStatus: 'APPROVED', message: 'Facture annulée' });
      expect(await paid(declaration.id)).toEqual({ points: 0, credits: 2, reversals: 2 });
      const again = await t.gql(OPS.reverse, { id: declaration.id, reason: 'Encore' }, { token: brandAdmin });
      expect(again.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_REVERSIBLE');
    });
  });
});

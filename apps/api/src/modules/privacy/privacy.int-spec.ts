import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, newInvoice, OPS } from '../../../test/support/declarations';
import { fetchProof, tinyPdf, uploadProof } from '../../../test/support/proofs';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';

const ITEM = `id partner { id code name } status saleDate periodStart periodEnd currency totalAmount invoiceReferences
  customer { type postalCode sector } feedback { rating comment tags } proofFiles { id fileName mimeType size url } erasedAt`;
const SEARCH = `query ($filter: CustomerDataFilter!) { customerDataSearch(filter: $filter) { total limit items { ${ITEM} } } }`;
const EXPORT = `mutation ($input: CustomerDataRequestInput!) { exportCustomerData(input: $input) { id requestReference exportedAt declarations { ${ITEM} } } }`;
const ERASE = `mutation ($input: CustomerDataRequestInput!) { eraseCustomerData(input: $input) {
  id requestReference erasedAt erasedById declarationIds fields proofFilesErased auditEntriesRedacted } }`;
const DECLARATION = `query ($id: ID!) { declaration(id: $id) { id status customerDataErasedAt customer { type postalCode sector } feedback { rating comment tags } proofs { id }
  lines { id productId quantity amount status pointsAwarded invoiceReference } } }`;

const FIGURES = 'issued redeemed expired withdrawn outstanding pending';
const SALES = `query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) {
  totals { quantity amount lines } series { period quantity amount lines } byCategory { key amount quantity } byProduct { key amount }
  byChannel { key amount } byCountry { key amount } byPartnerType { key amount } } }`;
const POINTS = `query ($filter: DashboardFilterInput!) { pointsOverview(filter: $filter) { totals { ${FIGURES} } series { period ${FIGURES} } } }`;
const PARTICIPATION = `query ($filter: DashboardFilterInput!) { participationOverview(filter: $filter) { totals { active partners } } }`;
const FUNNEL = `query ($filter: DashboardFilterInput!) { declarationFunnel(filter: $filter) { figures { approved decided partiallyApproved needsInformation } } }`;

const north = demoPartnerAccounts(1);
const south = demoPartnerAccounts(4);
const month = (offset: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + (day === 0 ? 1 : 0), day)).toISOString().slice(0, 10);
};
const LAST_TWO_MONTHS = { from: month(-1), to: month(0, 0) };
// Words no demo declaration holds, so searches find only this file's declarations.
const MARK = `Durand${process.pid}`;
const POSTAL = `59 ${String(process.pid).slice(-3).padStart(3, '0')}X`;

describe('PrivacyService', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let partnerAdmin: string;
  let southAdmin: string;
  /** Two declarations of the customer (one approved, one to decide), and another customer's. */
  let approvedId: string;
  let pendingId: string;
  let otherId: string;
  let proofId: string;
  let invoice: string;

  const data = async <T = Record<string, any>>(query: string, variables: Record<string, unknown>, token = admin): Promise<T> => {
    const result = await t.gql(query, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const process = () => t.app.get(ActivityProcessor).processPending();
  /** Every figure the erasure must leave alone: dashboards, the ledger, and the sales facts of the rows. */
  const figures = async () => {
    await process();
    const ids = [approvedId, pendingId, otherId];
    return {
      sales: await data(SALES, { filter: LAST_TWO_MONTHS }),
      points: await data(POINTS, { filter: LAST_TWO_MONTHS }),
      participation: await data(PARTICIPATION, { filter: LAST_TWO_MONTHS }),
      funnel: await data(FUNNEL, { filter: LAST_TWO_MONTHS }),
      ledger: await t.sql('SELECT * FROM ledger_entries ORDER BY id'),
      lines: await t.sql('SELECT * FROM declaration_lines WHERE declaration_id = ANY($1) ORDER BY id', [ids]),
      declarations: await t.sql(
        `SELECT id, partner_id, declared_by_id, status, sale_date, period_start, period_end, currency, total_amount, customer_type, feedback_rating,
                feedback_tags, submission_key, risk_score, submitted_at, decided_at, created_at
           FROM declarations WHERE id = ANY($1) ORDER BY id`,
        [ids],
      ),
      events: await t.sql('SELECT * FROM declaration_events WHERE declaration_id = ANY($1) ORDER BY declaration_id, seq', [ids]),
    };
  };
  const personalValues = (ids: string[]) =>
    t.sql('SELECT id, customer_type, customer_postal_code, customer_sector, feedback_rating, feedback_comment, feedback_tags FROM declarations WHERE id = ANY($1) ORDER BY id', [ids]);

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [admin, manager, partnerAdmin, southAdmin] = await Promise.all([
      t.tokenFor(DEMO_USERS.brandAdmin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(north.admin.email),
      t.tokenFor(south.admin.email),
    ]);
    const proof = await uploadProof(t, partnerAdmin, tinyPdf(`Facture ${MARK}, 12 rue des Lilas`), `facture-${MARK}.pdf`, 'application/pdf');
    proofId = proof.body.id as string;
    invoice = newInvoice();
    const approved = await declare(
      t,
      partnerAdmin,
      declarationInput({
        lines: [lineInput({ invoiceReference: invoice }), lineInput({ invoiceReference: invoice, quantity: 1 })],
        customer: { type: 'B2C', postalCode: POSTAL, sector: 'Boulangerie' },
        feedback: { rating: 4, comment: `Mme ${MARK}, 12 rue des Lilas, ravie de sa pompe`, tags: ['price', 'delivery'] },
        proofFileIds: [proofId],
      }),
    );
    approvedId = approved.id;
    // A channel manager's approval: the audit log copies the declaration's row, comment included.
    expect((await t.gql(OPS.approve, { id: approvedId }, { token: manager })).data?.approveDeclaration.status).toBe('APPROVED');
    pendingId = (
      await declare(t, partnerAdmin, declarationInput({ customer: { postalCode: POSTAL.replace(' ', '') }, feedback: { comment: `Rappeler ${MARK.toLowerCase()} en mai` } }))
    ).id;
    otherId = (
      await declare(t, southAdmin, declarationInput({ customer: { type: 'B2B', postalCode: '13001', sector: 'Hôtellerie' }, feedback: { rating: 2, comment: 'Client Martin, très satisfait' } }))
    ).id;
    expect((await t.gql(OPS.approve, { id: otherId }, { token: admin })).errors).toBeUndefined();
  });
  afterAll(() => t.close());

  describe('customerDataSearch', () => {
    it("finds the customer's declarations by postal code (without spaces or case), by words of a comment and by invoice, newest sale first", async () => {
      const ids = async (filter: Record<string, unknown>) =>
        (await data<{ customerDataSearch: { items: { id: string }[] } }>(SEARCH, { filter })).customerDataSearch.items.map((item) => item.id).sort();
      expect(await ids({ postalCode: POSTAL.toLowerCase().replace(' ', '') })).toEqual([approvedId, pendingId].sort());
      expect(await ids({ commentContains: MARK.toUpperCase() })).toEqual([approvedId, pendingId].sort());
      expect(await ids({ commentContains: 'rue des lilas', partnerId: north.partnerId })).toEqual([approvedId]);
      expect(await ids({ commentContains: 'Martin', partnerId: south.partnerId })).toContain(otherId);
      expect(await ids({ invoiceReference: ` ${invoice.toLowerCase()} ` })).toEqual([approvedId]);
      expect(await ids({ postalCode: POSTAL, from: month(1), to: month(1, 0) })).toEqual([]);
    });

    it('refuses a search without any criterion and a reversed range, naming the field', async () => {
      const none = await t.gql(SEARCH, { filter: { postalCode: '  ' } }, { token: admin });
      expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'CUSTOMER_DATA_CRITERION_REQUIRED', field: 'filter' });
      const reversed = await t.gql(SEARCH, { filter: { from: '2026-05-01', to: '2026-04-01' } }, { token: admin });
      expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'CUSTOMER_DATA_PERIOD_REVERSED', field: 'to' });
    });
  });

  describe('who may', () => {
    it.each([
      ['a channel manager', () => manager],
      ['a partner admin', () => partnerAdmin],
    ])('refuses %s the search, the export and the erasure, and changes nothing', async (_who, token) => {
      const before = await personalValues([approvedId]);
      const input = { declarationIds: [approvedId], requestReference: 'REQ-X' };
      for (const [query, variables] of [
        [SEARCH, { filter: { commentContains: MARK } }],
        [EXPORT, { input }],
        [ERASE, { input }],
      ] as const) {
        const result = await t.gql(query, variables, { token: token() });
        expect([result.data ?? null, result.errors?.[0]?.extensions?.code]).toEqual([null, 'FORBIDDEN_ROLE']);
      }
      expect(await personalValues([approvedId])).toEqual(before);
      expect(await t.sql('SELECT * FROM personal_data_requests')).toEqual([]);
    });
  });

  describe('exportCustomerData', () => {
    it("gives exactly the customer's data of the selected declarations, with the proofs' metadata, and records the access in the audit log", async () => {
      const { exportCustomerData: exported } = await data(EXPORT, { input: { declarationIds: [approvedId, pendingId], requestReference: ' GDPR-2026-041 ' } });
      const [approvedLine1, approvedLine2] = (await t.sql('SELECT amount FROM declaration_lines WHERE declaration_id = $1 ORDER BY position', [approvedId])).map((l) => Number(l.amount));
      const pendingTotal = Number((await t.sql('SELECT total_amount FROM declarations WHERE id = $1', [pendingId]))[0]?.total_amount);
      const common = { partner: { id: north.partnerId, code: expect.any(String), name: expect.any(String) }, currency: 'EUR', periodStart: null, periodEnd: null, erasedAt: null };
      expect(exported).toEqual({
        id: expect.any(String),
        requestReference: 'GDPR-2026-041',
        exportedAt: expect.any(String),
        declarations: [
          {
            ...common,
            id: approvedId,
            status: 'APPROVED',
            saleDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            totalAmount: (approvedLine1 ?? 0) + (approvedLine2 ?? 0),
            invoiceReferences: [invoice],
            customer: { type: 'B2C', postalCode: POSTAL, sector: 'Boulangerie' },
            feedback: { rating: 4, comment: `Mme ${MARK}, 12 rue des Lilas, ravie de sa pompe`, tags: ['price', 'delivery'] },
            proofFiles: [{ id: proofId, fileName: `facture-${MARK}.pdf`, mimeType: 'application/pdf', size: expect.any(Number), url: `/files/proofs/${proofId}` }],
          },
          {
            ...common,
            id: pendingId,
            status: 'SUBMITTED',
            saleDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
            totalAmount: pendingTotal,
            invoiceReferences: [expect.any(String)],
            customer: { type: null, postalCode: POSTAL.replace(' ', ''), sector: null },
            feedback: { rating: null, comment: `Rappeler ${MARK.toLowerCase()} en mai`, tags: [] },
            proofFiles: [],
          },
        ],
      });
      // The proof itself, as listed.
      const file = await fetchProof(t, admin, exported.declarations[0].proofFiles[0].url);
      expect([file.status, file.content.toString('latin1')]).toEqual([200, expect.stringContaining(`Facture ${MARK}`)]);

      const [entry, ...more] = await t.sql(`SELECT * FROM audit_entries WHERE object_type = 'personal_data_requests' AND object_id = $1`, [exported.id]);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({ actor_user_id: DEMO_USERS.brandAdmin.id, operation: 'exportCustomerData', action: 'INSERT' });
      expect(entry.after).toMatchObject({ kind: 'EXPORT', request_reference: 'GDPR-2026-041', declaration_ids: [approvedId, pendingId], actor_id: DEMO_USERS.brandAdmin.id });
      expect(JSON.stringify(entry)).not.toContain(MARK);
    });
  });

  describe('eraseCustomerData', () => {
    const input = () => ({ declarationIds: [approvedId, pendingId], requestReference: 'GDPR-2026-041' });
    let erasure: Record<string, any>;

    it.each([
      ['nothing selected', { declarationIds: [], requestReference: 'GDPR-1' }, 'CUSTOMER_DATA_NOTHING_SELECTED', 'declarationIds'],
      ['no declarations given', { requestReference: 'GDPR-1' }, 'CUSTOMER_DATA_NOTHING_SELECTED', 'declarationIds'],
      ['no request reference', { declarationIds: ['x'] }, 'CUSTOMER_DATA_REQUEST_REFERENCE_REQUIRED', 'requestReference'],
      ['a blank request reference', { declarationIds: ['x'], requestReference: '   ' }, 'CUSTOMER_DATA_REQUEST_REFERENCE_REQUIRED', 'requestReference'],
      ['an unknown declaration after a good one', { declarationIds: ['x', '00000000-0000-4000-8000-000000000000'], requestReference: 'GDPR-1' }, 'CUSTOMER_DATA_DECLARATION_NOT_FOUND', 'declarationIds.1'],
    ] as [string, { declarationIds?: string[]; requestReference?: string }, string, string][])('refuses %s with the coded field error and changes nothing', async (_case, bad, code, field) => {
      const variables = { input: { ...bad, declarationIds: bad.declarationIds?.map((id) => (id === 'x' ? approvedId : id)) } };
      const before = [await personalValues([approvedId, pendingId]), await t.sql('SELECT count(*)::int AS n FROM audit_entries'), await t.sql('SELECT id FROM proof_files WHERE id = $1', [proofId])];
      const result = await t.gql(ERASE, variables, { token: admin });
      expect([result.data ?? null, result.errors?.[0]?.extensions]).toEqual([null, expect.objectContaining({ code, field })]);
      expect([await personalValues([approvedId, pendingId]), await t.sql('SELECT count(*)::int AS n FROM audit_entries'), await t.sql('SELECT id FROM proof_files WHERE id = $1', [proofId])]).toEqual(before);
      expect(await t.sql(`SELECT * FROM personal_data_requests WHERE kind = 'ERASURE'`)).toEqual([]);
    });

    it('refuses a draft, which the brand never reads', async () => {
      const draft = await t.gql(OPS.create, { input: declarationInput({ feedback: { comment: MARK } }) }, { token: partnerAdmin });
      const result = await t.gql(ERASE, { input: { declarationIds: [draft.data?.createDeclaration.id], requestReference: 'GDPR-1' } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CUSTOMER_DATA_DECLARATION_NOT_FOUND', field: 'declarationIds.0' });
    });

    it('clears exactly the postal code, sector, comment and proofs, keeps every sales figure, and records who erased what and why', async () => {
      const before = await figures();
      const otherBefore = await personalValues([otherId]);
      ({ eraseCustomerData: erasure } = await data(ERASE, { input: input() }));
      expect(erasure).toEqual({
        id: expect.any(String),
        requestReference: 'GDPR-2026-041',
        erasedAt: expect.any(String),
        erasedById: DEMO_USERS.brandAdmin.id,
        declarationIds: [approvedId, pendingId],
        fields: ['customerPostalCode', 'customerSector', 'feedbackComment'],
        proofFilesErased: 1,
        auditEntriesRedacted: expect.any(Number),
      });

      expect(await personalValues([approvedId, pendingId])).toEqual(
        [
          { id: approvedId, customer_type: 'B2C', customer_postal_code: null, customer_sector: null, feedback_rating: 4, feedback_comment: null, feedback_tags: ['price', 'delivery'] },
          { id: pendingId, customer_type: null, customer_postal_code: null, customer_sector: null, feedback_rating: null, feedback_comment: null, feedback_tags: [] },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(await personalValues([otherId])).toEqual(otherBefore);
      expect(await t.sql('SELECT id FROM proof_files WHERE id = $1', [proofId])).toEqual([]);
      expect((await fetchProof(t, admin, `/files/proofs/${proofId}`)).status).toBe(404);
      expect(await figures()).toEqual(before);

      const seen = await data(DECLARATION, { id: approvedId });
      expect(seen.declaration).toMatchObject({ customerDataErasedAt: erasure.erasedAt, customer: { type: 'B2C', postalCode: null, sector: null }, feedback: { rating: 4, comment: null }, proofs: [] });
      // The partner sees why the customer's details are gone.
      expect((await data(DECLARATION, { id: approvedId }, partnerAdmin)).declaration.customerDataErasedAt).toBe(erasure.erasedAt);
      expect((await data(DECLARATION, { id: otherId })).declaration.customerDataErasedAt).toBeNull();
    });

    it('leaves the erasure in the audit log without the erased values, and redacts them from the earlier entries', async () => {
      const [erasureEntry] = await t.sql(`SELECT * FROM audit_entries WHERE object_type = 'personal_data_requests' AND after ->> 'kind' = 'ERASURE'`);
      expect(erasureEntry).toMatchObject({ actor_user_id: DEMO_USERS.brandAdmin.id, actor_role: 'BRAND_ADMIN', operation: 'eraseCustomerData', action: 'INSERT' });
      expect(erasureEntry.after).toMatchObject({
        request_reference: 'GDPR-2026-041',
        declaration_ids: [approvedId, pendingId],
        fields: ['customerPostalCode', 'customerSector', 'feedbackComment'],
        proof_files_erased: 1,
      });

      const entries = await t.sql(`SELECT * FROM audit_entries WHERE object_type = 'declarations' AND object_id = ANY($1) ORDER BY id`, [[approvedId, pendingId]]);
      expect(entries.map((e) => [e.object_id, e.operation])).toEqual([
        [approvedId, 'approveDeclaration'],
        [approvedId, 'eraseCustomerData'],
        [pendingId, 'eraseCustomerData'],
      ]);
      // The approval's entry, and the erasure's own: its before would otherwise hold what it erased.
      expect(erasure.auditEntriesRedacted).toBe(3);
      const [approval, erased] = entries;
      const [otherApproval] = await t.sql(`SELECT * FROM audit_entries WHERE object_type = 'declarations' AND object_id = $1`, [otherId]);
      expect(otherApproval.after).toMatchObject({ feedback_comment: 'Client Martin, très satisfait', customer_postal_code: '13001' });
      expect([approval.before.feedback_comment, approval.after.feedback_comment, approval.after.customer_postal_code, approval.after.customer_sector]).toEqual([
        '[erased]',
        '[erased]',
        '[erased]',
        '[erased]',
      ]);
      // What the approval changed, and what the erasure kept, read as before.
      expect([approval.before.status, approval.after.status, approval.after.feedback_rating, approval.after.feedback_tags]).toEqual(['SUBMITTED', 'APPROVED', 4, ['price', 'delivery']]);
      expect(erased.changed_keys).toEqual(['customer_postal_code', 'customer_sector', 'feedback_comment', 'updated_at']);
      expect([erased.before.feedback_comment, erased.after.feedback_comment]).toEqual(['[erased]', null]);
      expect(JSON.stringify(await t.sql('SELECT * FROM audit_entries'))).not.toMatch(new RegExp(`${MARK}|Lilas|Boulangerie|${POSTAL}|${POSTAL.replace(' ', '')}`, 'i'));
      // Nor in the import staging, flags or any other copy the API reads for these declarations.
      const audit = await data(`query ($id: String) { auditEntries(filter: { objectId: $id }) { items { operation changes { field before after } } } }`, { id: approvedId });
      expect(JSON.stringify(audit)).not.toContain(MARK);
    });

    it('is harmless the second time: nothing changes, and the same erasure is returned', async () => {
      const before = [await figures(), await personalValues([approvedId, pendingId]), await t.sql('SELECT * FROM audit_entries ORDER BY id'), await t.sql('SELECT * FROM personal_data_requests ORDER BY at')];
      const { eraseCustomerData: again } = await data(ERASE, { input: input() });
      const [first] = await t.sql(`SELECT id FROM personal_data_requests WHERE kind = 'ERASURE'`);
      expect(again).toMatchObject({ id: first?.id, fields: ['customerPostalCode', 'customerSector', 'feedbackComment'] });
      expect([await figures(), await personalValues([approvedId, pendingId]), await t.sql('SELECT * FROM audit_entries ORDER BY id'), await t.sql('SELECT * FROM personal_data_requests ORDER BY at')]).toEqual(before);
    });
  });

  describe('copies beyond the declaration', () => {
    it("clears the postal code and sector of the imported file's rows that made the declaration, and no other row's", async () => {
      const rows = (invoice: string, postal: string) =>
        [1, 2].map((n) => `${new Date().toISOString().slice(0, 10)},${ACTIVE_PRODUCTS[0]?.sku},${n},${600 + n},EUR,IN_STORE,${invoice},,B2C,${postal},Fleuriste`);
      const [mine, theirs] = [newInvoice(), newInvoice()];
      const started = await data(`mutation ($input: StartDeclarationImportInput!) { startDeclarationImport(input: $input) { id } }`, { input: { fileName: 'f.csv', grouping: 'PER_INVOICE' } }, partnerAdmin);
      const importId = started.startDeclarationImport.id as string;
      const csv = `sale_date,product_sku,quantity,amount,currency,channel,invoice_reference,serial_numbers,customer_type,customer_postal_code,customer_sector\n${[...rows(mine, '62100'), ...rows(theirs, '80000')].join('\n')}\n`;
      await data(`mutation ($id: ID!, $chunk: DeclarationImportChunkInput!) { addDeclarationImportRows(importId: $id, chunk: $chunk) { index } }`, { id: importId, chunk: { index: 0, firstRow: 1, csv } }, partnerAdmin);
      await data(`mutation ($id: ID!, $key: String!) { confirmDeclarationImport(id: $id, idempotencyKey: $key) { id } }`, { id: importId, key: newInvoice() }, partnerAdmin);
      const [declaration] = await t.sql(`SELECT DISTINCT declaration_id AS id FROM declaration_lines WHERE invoice_reference = $1`, [mine]);
      expect((await personalValues([declaration?.id]))[0]).toMatchObject({ customer_postal_code: '62100', customer_sector: 'Fleuriste' });

      await data(ERASE, { input: { declarationIds: [declaration?.id], requestReference: 'GDPR-IMPORT' } });
      const staged = await t.sql('SELECT invoice_reference, customer_type, customer_postal_code, customer_sector FROM declaration_import_rows WHERE import_id = $1 ORDER BY row_number', [importId]);
      expect(staged).toEqual([
        { invoice_reference: mine, customer_type: 'B2C', customer_postal_code: null, customer_sector: null },
        { invoice_reference: mine, customer_type: 'B2C', customer_postal_code: null, customer_sector: null },
        { invoice_reference: theirs, customer_type: 'B2C', customer_postal_code: '80000', customer_sector: 'Fleuriste' },
        { invoice_reference: theirs, customer_type: 'B2C', customer_postal_code: '80000', customer_sector: 'Fleuriste' },
      ]);
    });

    it('erases the file name a duplicate-proof flag quotes', async () => {
      const bytes = tinyPdf(`Facture Lefebvre ${MARK}`);
      const first = await uploadProof(t, partnerAdmin, bytes, 'facture-lefebvre.pdf', 'application/pdf');
      await declare(t, partnerAdmin, declarationInput({ proofFileIds: [first.body.id] }));
      const again = await uploadProof(t, partnerAdmin, bytes, 'facture-lefebvre-bis.pdf', 'application/pdf');
      const flagged = await declare(t, partnerAdmin, declarationInput({ proofFileIds: [again.body.id] }));
      const flagParams = async () => (await t.sql(`SELECT params FROM declaration_flags WHERE declaration_id = $1 AND code = 'DUPLICATE_PROOF'`, [flagged.id]))[0]?.params;
      expect(await flagParams()).toMatchObject({ fileName: 'facture-lefebvre-bis.pdf' });
      await data(ERASE, { input: { declarationIds: [flagged.id], requestReference: 'GDPR-FLAG' } });
      expect(await flagParams()).toMatchObject({ fileName: '[erased]' });
    });
  });

  describe('the audit log', () => {
    it('still refuses any other change, even with the redaction flag set by hand', async () => {
      await expect(t.sql(`UPDATE audit_entries SET operation = 'x' WHERE id = (SELECT min(id) FROM audit_entries)`)).rejects.toThrow(/cannot be changed/);
      await expect(t.sql('DELETE FROM audit_entries')).rejects.toThrow(/cannot be changed/);
      // One query string runs as one implicit transaction, so the transaction-local flag holds for its UPDATE.
      await expect(
        t.sql(`SELECT set_config('relais.audit_redaction', 'on', true); UPDATE audit_entries SET after = jsonb_set(after, '{status}', '"REJECTED"') WHERE after ? 'status'`),
      ).rejects.toThrow(/only values can be redacted/);
      await expect(t.sql(`SELECT set_config('relais.audit_redaction', 'on', true); UPDATE audit_entries SET actor_role = 'PARTNER_ADMIN'`)).rejects.toThrow(
        /only values can be redacted/,
      );
      const [entry] = await t.sql(`SELECT id, after FROM audit_entries WHERE object_id = $1 AND operation = 'approveDeclaration' AND object_type = 'declarations'`, [otherId]);
      expect(entry.after.feedback_comment).toBe('Client Martin, très satisfait');
    });
  });
});

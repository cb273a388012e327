import { ACTIVE_PRODUCTS, daysAgo, INACTIVE_PRODUCT, newInvoice } from '../../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../../test/support/test-app';
import { DEMO_USERS, demoSegmentId } from '../../../seed/demo-ids';
import { demoPartnerAccounts } from '../../../seed/seed-demo-data';

const north = demoPartnerAccounts(1);
const south = demoPartnerAccounts(4);

const IMPORT = `id status fileName grouping chunkCount totalRows validRows errorRows declarationCount withdrawable confirmedAt
  errors(page: { limit: 100 }) { total items { row field code reason } }`;
const OPS = {
  start: `mutation ($input: StartDeclarationImportInput!) { startDeclarationImport(input: $input) { ${IMPORT} } }`,
  add: `mutation ($id: ID!, $chunk: DeclarationImportChunkInput!) { addDeclarationImportRows(importId: $id, chunk: $chunk) { index rowCount errorRowCount errors { row field code reason message } } }`,
  get: `query ($id: ID!) { declarationImport(id: $id) { ${IMPORT} } }`,
  list: `query { declarationImports { total items { id status } } }`,
  confirm: `mutation ($id: ID!, $key: String!) { confirmDeclarationImport(id: $id, idempotencyKey: $key) { ${IMPORT} } }`,
  withdraw: `mutation ($id: ID!) { withdrawDeclarationImport(id: $id) { ${IMPORT} } }`,
  approve: `mutation ($id: ID!) { approveDeclaration(id: $id) { status } }`,
};

const HEADER = 'sale_date,product_sku,quantity,amount,currency,channel,invoice_reference,serial_numbers';
let amounts = 0;
/** A valid row; amounts differ so rows of one file are not near duplicates of earlier tests' lines. */
const row = (patch: Partial<Record<'date' | 'sku' | 'quantity' | 'amount' | 'currency' | 'channel' | 'invoice' | 'serials', string>> = {}) =>
  [
    patch.date ?? daysAgo(5),
    patch.sku ?? ACTIVE_PRODUCTS[0]?.sku,
    patch.quantity ?? '2',
    patch.amount ?? String(500 + ++amounts),
    patch.currency ?? 'EUR',
    patch.channel ?? 'IN_STORE',
    patch.invoice ?? newInvoice(),
    patch.serials ?? '',
  ].join(',');

describe('DeclarationImportsService', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let otherPartner: string;
  let manager: string;
  let brandAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, member, otherPartner, manager, brandAdmin] = await Promise.all([
      t.tokenFor(north.admin.email),
      t.tokenFor(north.member.email),
      t.tokenFor(south.admin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(DEMO_USERS.brandAdmin.email),
    ]);
  });
  afterAll(() => t.close());

  const counts = async () =>
    (await t.sql('SELECT (SELECT count(*) FROM declarations)::int AS d, (SELECT count(*) FROM declaration_lines)::int AS l, (SELECT count(*) FROM declaration_flags)::int AS f'))[0];

  const start = async (token: string, grouping = 'PER_INVOICE') => {
    const started = await t.gql(OPS.start, { input: { fileName: 'sell-out.csv', grouping } }, { token });
    expect(started.errors).toBeUndefined();
    return started.data?.startDeclarationImport.id as string;
  };
  const send = (token: string, id: string, rows: string[], index = 0, firstRow = 1, header = HEADER) =>
    t.gql(OPS.add, { id, chunk: { index, firstRow, csv: `${header}\n${rows.join('\n')}\n` } }, { token });
  const declarationsOf = (id: string) =>
    t.sql<{ id: string; status: string; lines: number; risk_score: number }>(
      `SELECT d.id, d.status, d.risk_score, (SELECT count(*)::int FROM declaration_lines l WHERE l.declaration_id = d.id) AS lines
         FROM declaration_import_declarations x JOIN declarations d ON d.id = x.declaration_id WHERE x.import_id = $1 ORDER BY d.submission_key`,
      [id],
    );

  describe('addDeclarationImportRows and confirmDeclarationImport', () => {
    it('reports each bad cell with its row, column and code, and creates nothing from a file in error', async () => {
      const before = await counts();
      const id = await start(member);
      const sent = await send(member, id, [row(), row({ quantity: '-3', sku: 'NO-SUCH-SKU' }), row({ date: daysAgo(-2) }), row({ sku: INACTIVE_PRODUCT.sku, channel: 'shop' })]);
      expect(sent.data?.addDeclarationImportRows).toMatchObject({ index: 0, rowCount: 4, errorRowCount: 3 });
      const preview = (await t.gql(OPS.get, { id }, { token: member })).data?.declarationImport;
      expect(preview).toMatchObject({ status: 'STAGING', totalRows: 4, validRows: 1, errorRows: 3, declarationCount: 1 });
      expect(preview.errors.items).toEqual([
        { row: 2, field: 'product_sku', code: 'PRODUCT_NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' },
        { row: 2, field: 'quantity', code: 'INVALID_INPUT', reason: 'min' },
        { row: 3, field: 'sale_date', code: 'SALE_DATE_IN_FUTURE', reason: 'SALE_DATE_IN_FUTURE' },
        { row: 4, field: 'channel', code: 'INVALID_INPUT', reason: 'isIn' },
        { row: 4, field: 'product_sku', code: 'PRODUCT_NOT_FOUND', reason: 'PRODUCT_NOT_FOUND' },
      ]);
      const confirmed = await t.gql(OPS.confirm, { id, key: 'bad-file' }, { token: member });
      expect(confirmed.errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_HAS_ERRORS');
      expect(await counts()).toEqual(before);
      expect((await t.gql(OPS.get, { id }, { token: member })).data?.declarationImport.status).toBe('STAGING');
    });

    it('accepts the fixed file sent again under the same chunk index, with semicolons, a BOM and French dates and amounts', async () => {
      const id = await start(member);
      await send(member, id, [row(), row({ quantity: 'x' })]);
      const date = daysAgo(4).split('-').reverse().join('/');
      const fixed = await t.gql(OPS.add, { id, chunk: { index: 0, firstRow: 1, csv: `\uFEFF${HEADER.replaceAll(',', ';')}\n${date};${ACTIVE_PRODUCTS[1]?.sku};1;"1 234,50";eur;online;${newInvoice()};\n${row().replaceAll(',', ';')}\n` } }, { token: member });
      expect(fixed.data?.addDeclarationImportRows).toMatchObject({ rowCount: 2, errorRowCount: 0, errors: [] });
      expect((await t.gql(OPS.get, { id }, { token: member })).data?.declarationImport).toMatchObject({ totalRows: 2, errorRows: 0, chunkCount: 1 });
      const confirmed = await t.gql(OPS.confirm, { id, key: 'fixed' }, { token: member });
      expect(confirmed.data?.confirmDeclarationImport).toMatchObject({ status: 'IMPORTED', declarationCount: 2 });
      const [amount] = await t.sql(
        "SELECT l.amount::float AS amount, l.channel FROM declaration_import_declarations x JOIN declaration_lines l ON l.declaration_id = x.declaration_id WHERE x.import_id = $1 AND l.channel = 'ONLINE'",
        [id],
      );
      expect(amount).toEqual({ amount: 1234.5, channel: 'ONLINE' });
    });

    it('makes one submitted declaration per invoice, split every 200 lines, with the flags of a normal submission', async () => {
      const before = await counts();
      const bigInvoice = newInvoice();
      const duplicated = newInvoice();
      // An earlier declaration of the partner with that invoice: the file's line is an exact duplicate.
      await t.sql(
        `WITH d AS (INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at)
                    VALUES ($1, $2, 'SUBMITTED', $3, 'EUR', 10, now()) RETURNING id)
         INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, invoice_reference) SELECT id, 0, $4, 1, 10, 'IN_STORE', $5 FROM d`,
        [north.partnerId, north.admin.id, daysAgo(30), ACTIVE_PRODUCTS[0]?.id, duplicated],
      );
      const id = await start(admin);
      const rows = [...Array.from({ length: 250 }, () => row({ invoice: bigInvoice })), row({ invoice: duplicated }), row({ date: daysAgo(200), serials: 'SN-IMP-1|sn-imp-2' }), row({ serials: 'SN-IMP-1' })];
      await send(admin, id, rows.slice(0, 200), 0, 1);
      await send(admin, id, rows.slice(200), 1, 201);
      const preview = (await t.gql(OPS.get, { id }, { token: admin })).data?.declarationImport;
      expect(preview).toMatchObject({ totalRows: 253, errorRows: 0, declarationCount: 5, chunkCount: 2 });

      const confirmed = await t.gql(OPS.confirm, { id, key: 'per-invoice' }, { token: admin });
      expect(confirmed.data?.confirmDeclarationImport).toMatchObject({ status: 'IMPORTED', declarationCount: 5, withdrawable: true });
      const made = await declarationsOf(id);
      expect(made.map((d) => d.lines).sort((a, b) => a - b)).toEqual([1, 1, 1, 50, 200]);
      expect(made.every((d) => d.status === 'SUBMITTED')).toBe(true);
      const after = await counts();
      expect(after.d - before.d).toBe(6);
      expect(after.l - before.l).toBe(254);
      const flags = await t.sql<{ code: string; risk: number }>(
        `SELECT f.code, d.risk_score AS risk FROM declaration_flags f JOIN declarations d ON d.id = f.declaration_id
           JOIN declaration_import_declarations x ON x.declaration_id = d.id WHERE x.import_id = $1 ORDER BY f.code`,
        [id],
      );
      expect(flags.map((f) => f.code)).toEqual(['DUPLICATE_INVOICE', 'DUPLICATE_SERIAL', 'DUPLICATE_SERIAL', 'NOT_ELIGIBLE_WINDOW']);
      expect(flags.every((f) => f.risk >= 40)).toBe(true);
      const [events] = await t.sql("SELECT count(*)::int AS n FROM declaration_events e JOIN declaration_import_declarations x ON x.declaration_id = e.declaration_id WHERE x.import_id = $1 AND e.action = 'SUBMITTED'", [id]);
      expect(events.n).toBe(5);
    });

    it('flags the lines of a product open only to segments the partner is not in, as a single submission does', async () => {
      // Chauffage Dupont (partner 1) is in segment 1 (France), not in segment 2 (Germany).
      const create = 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }';
      await t.gql(create, { input: { sku: 'IMP-ELIG-DE', name: 'German only', category: 'Pumps', openToSegmentIds: [demoSegmentId(2)] } }, { token: brandAdmin });
      await t.gql(create, { input: { sku: 'IMP-ELIG-FR', name: 'French only', category: 'Pumps', openToSegmentIds: [demoSegmentId(1)] } }, { token: brandAdmin });
      const id = await start(member, 'WHOLE_FILE');
      await send(member, id, [row({ sku: 'IMP-ELIG-DE' }), row({ sku: 'IMP-ELIG-FR' })]);
      await t.gql(OPS.confirm, { id, key: 'eligibility' }, { token: member });
      const flags = await t.sql(
        `SELECT f.code, p.sku FROM declaration_flags f JOIN declaration_lines l ON l.id = f.line_id JOIN products p ON p.id = l.product_id
           JOIN declaration_import_declarations x ON x.declaration_id = f.declaration_id WHERE x.import_id = $1`,
        [id],
      );
      expect(flags).toEqual([{ code: 'NOT_ELIGIBLE_SEGMENT', sku: 'IMP-ELIG-DE' }]);
    });

    it('makes one declaration for the whole file, over the period of its sales', async () => {
      const id = await start(member, 'WHOLE_FILE');
      await send(member, id, [row({ date: daysAgo(10) }), row({ date: daysAgo(3) }), row({ date: daysAgo(6) })]);
      const confirmed = await t.gql(OPS.confirm, { id, key: 'whole' }, { token: member });
      expect(confirmed.data?.confirmDeclarationImport.declarationCount).toBe(1);
      const [d] = await t.sql(
        "SELECT to_char(d.period_start, 'YYYY-MM-DD') AS start, to_char(d.period_end, 'YYYY-MM-DD') AS end, d.sale_date, d.declared_by_id FROM declarations d JOIN declaration_import_declarations x ON x.declaration_id = d.id WHERE x.import_id = $1",
        [id],
      );
      expect(d).toEqual({ start: daysAgo(10), end: daysAgo(3), sale_date: null, declared_by_id: north.member.id });
    });

    it('leaves the declarations to the member who sent the file when their admin confirms it', async () => {
      const id = await start(member);
      await send(member, id, [row()]);
      expect((await t.gql(OPS.confirm, { id, key: 'by-admin' }, { token: admin })).data?.confirmDeclarationImport.status).toBe('IMPORTED');
      const [d] = await t.sql(
        `SELECT d.declared_by_id, e.author_id FROM declarations d JOIN declaration_import_declarations x ON x.declaration_id = d.id
           JOIN declaration_events e ON e.declaration_id = d.id AND e.action = 'SUBMITTED' WHERE x.import_id = $1`,
        [id],
      );
      expect(d).toEqual({ declared_by_id: north.member.id, author_id: north.admin.id });
    });

    it('does not double when a chunk or the confirmation is sent again', async () => {
      const id = await start(member);
      const rows = [row(), row()];
      await send(member, id, rows);
      await send(member, id, rows);
      expect((await t.gql(OPS.get, { id }, { token: member })).data?.declarationImport).toMatchObject({ totalRows: 2, declarationCount: 2 });
      const overlap = await send(member, id, rows, 1, 2);
      expect(overlap.errors?.[0]?.extensions).toMatchObject({ code: 'DECLARATION_IMPORT_CHUNK_OVERLAP', field: 'chunk.firstRow' });
      const before = await counts();
      const results = await Promise.all([1, 2, 3].map(() => t.gql(OPS.confirm, { id, key: 'twice' }, { token: member })));
      expect(results.map((r) => r.data?.confirmDeclarationImport.status)).toEqual(['IMPORTED', 'IMPORTED', 'IMPORTED']);
      expect((await counts()).d - before.d).toBe(2);
      const otherKey = await t.gql(OPS.confirm, { id, key: 'another' }, { token: member });
      expect(otherKey.errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_NOT_STAGING');
      const late = await send(member, id, [row()], 2, 3);
      expect(late.errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_NOT_STAGING');
      expect((await counts()).d - before.d).toBe(2);
    });

    it('refuses a file without the expected columns and an empty key, on the field', async () => {
      const id = await start(member);
      const missing = await send(member, id, ['2026-01-01,X'], 0, 1, 'sale_date,product');
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'CSV_MISSING_COLUMNS', field: 'csv' });
      const noKey = await t.gql(OPS.confirm, { id, key: ' ' }, { token: member });
      expect(noKey.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'idempotencyKey' });
      const empty = await t.gql(OPS.confirm, { id, key: 'k' }, { token: member });
      expect(empty.errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_EMPTY');
      const badGrouping = await t.gql(OPS.start, { input: { fileName: ' ', grouping: 'PER_INVOICE' } }, { token: member });
      expect(badGrouping.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'fileName' });
    });
  });

  describe('withdrawDeclarationImport', () => {
    const imported = async () => {
      const id = await start(admin);
      await send(admin, id, [row(), row(), row()]);
      await t.gql(OPS.confirm, { id, key: `w-${id}` }, { token: admin });
      return id;
    };

    it('withdraws every declaration of the file while none is decided', async () => {
      const id = await imported();
      const withdrawn = await t.gql(OPS.withdraw, { id }, { token: admin });
      expect(withdrawn.data?.withdrawDeclarationImport).toMatchObject({ status: 'WITHDRAWN', withdrawable: false });
      expect((await declarationsOf(id)).map((d) => d.status)).toEqual(['WITHDRAWN', 'WITHDRAWN', 'WITHDRAWN']);
      const [declaration] = await declarationsOf(id);
      const approve = await t.gql(OPS.approve, { id: declaration?.id }, { token: manager });
      expect(approve.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_SUBMITTED');
    });

    it('refuses, changing nothing, once the brand has decided one declaration of the file', async () => {
      const id = await imported();
      const [first] = await declarationsOf(id);
      expect((await t.gql(OPS.approve, { id: first?.id }, { token: manager })).data?.approveDeclaration.status).toBe('APPROVED');
      expect((await t.gql(OPS.get, { id }, { token: admin })).data?.declarationImport.withdrawable).toBe(false);
      const refused = await t.gql(OPS.withdraw, { id }, { token: admin });
      expect(refused.errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_DECIDED');
      expect((await declarationsOf(id)).map((d) => d.status).sort()).toEqual(['APPROVED', 'SUBMITTED', 'SUBMITTED']);
      expect((await t.gql(OPS.get, { id }, { token: admin })).data?.declarationImport.status).toBe('IMPORTED');
    });
  });

  describe('scope', () => {
    it('hides an import from another partner, who can neither read, add to, confirm nor withdraw it', async () => {
      const id = await start(admin);
      await send(admin, id, [row()]);
      const before = await counts();
      for (const result of [
        await t.gql(OPS.get, { id }, { token: otherPartner }),
        await send(otherPartner, id, [row()], 1, 2),
        await t.gql(OPS.confirm, { id, key: 'stolen' }, { token: otherPartner }),
        await t.gql(OPS.withdraw, { id }, { token: otherPartner }),
      ]) {
        expect(result.errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_NOT_FOUND');
      }
      expect((await t.gql(OPS.list, {}, { token: otherPartner })).data?.declarationImports.items.map((i: { id: string }) => i.id)).not.toContain(id);
      expect(await counts()).toEqual(before);
      expect((await t.gql(OPS.get, { id }, { token: admin })).data?.declarationImport.totalRows).toBe(1);
    });

    it('shows a partner admin the team’s imports and a member only their own; brand roles cannot import', async () => {
      const mine = await start(member);
      const adminOwn = await start(admin);
      const adminList = (await t.gql(OPS.list, {}, { token: admin })).data?.declarationImports.items.map((i: { id: string }) => i.id);
      expect(adminList).toEqual(expect.arrayContaining([mine, adminOwn]));
      const memberList = (await t.gql(OPS.list, {}, { token: member })).data?.declarationImports.items.map((i: { id: string }) => i.id);
      expect(memberList).toContain(mine);
      expect(memberList).not.toContain(adminOwn);
      expect((await t.gql(OPS.get, { id: adminOwn }, { token: member })).errors?.[0]?.extensions?.code).toBe('DECLARATION_IMPORT_NOT_FOUND');
      const brand = await t.gql(OPS.start, { input: { fileName: 'x.csv', grouping: 'WHOLE_FILE' } }, { token: manager });
      expect(brand.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

// Declaration import benchmark (issue 3): a 100,000-line CSV sell-out report imported over GraphQL
// in chunks (startDeclarationImport, addDeclarationImportRows with the header and 5,000 rows each,
// confirmDeclarationImport), then the same lines inserted straight into PostgreSQL (multi-row
// INSERT … SELECT FROM unnest, one transaction) in the same run as the baseline. Writes
// bench-results/declaration-import-<time>.json.
//
//   npm run build && node tools/bench/declaration-import.mjs [--lines 100000] [--grouping PER_INVOICE] [--lines-per-invoice 20] [--concurrency 2]
//
// Staging lines/s counts from the first chunk sent to the last answered; confirmation from the
// confirm call to its answer; overall from startDeclarationImport to the confirmation's answer.
// Figures depend on the machine: compare with the straight insert of the same run.
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { pool, run, withBenchApi, writeResult } from './lib/bench-api.mjs';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '100000' },
    grouping: { type: 'string', default: 'PER_INVOICE' },
    'lines-per-invoice': { type: 'string', default: '20' },
    'chunk-rows': { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '2' },
  },
});
const LINES = Number(values.lines);
const GROUPING = values.grouping;
const PER_INVOICE = Number(values['lines-per-invoice']);
const CHUNK_ROWS = Number(values['chunk-rows']);
const CONCURRENCY = Number(values.concurrency);
const MAX_DECLARATION_LINES = 200;

const HEADER = 'sale_date;product_sku;quantity;amount;currency;channel;invoice_reference;serial_numbers';

/** The report: French-style (semicolons, decimal commas), one invoice every PER_INVOICE lines, a serial on one line in ten. */
function lineOf(i, skus, runId) {
  const date = new Date(Date.now() - (2 + (i % 25)) * 86400_000).toISOString().slice(0, 10);
  const amount = `${100 + (i % 900)},${String(i % 100).padStart(2, '0')}`;
  const serial = i % 10 === 0 ? `SN-${runId}-${i}` : '';
  return `${date};${skus[i % skus.length]};${1 + (i % 4)};${amount};EUR;${i % 3 ? 'IN_STORE' : 'ONLINE'};INV-${runId}-${Math.floor(i / PER_INVOICE)};${serial}`;
}

run(() =>
  withBenchApi(async ({ gql: timedGql, signIn, databaseUrl }) => {
    const gql = async (query, variables, token) => (await timedGql(query, variables, token)).data;
    const token = await signIn('julien.dupont@chauffage-dupont.demo');
    const products = (await gql('{ products(filter: { active: true }, page: { limit: 100 }) { items { id sku } } }', {}, token)).products.items;
    const skus = products.map((p) => p.sku);
    const runId = randomUUID().slice(0, 8).toUpperCase();
    const lines = Array.from({ length: LINES }, (_, i) => lineOf(i, skus, runId));
    const chunks = [];
    for (let start = 0; start < LINES; start += CHUNK_ROWS) chunks.push({ firstRow: start + 1, csv: `${HEADER}\n${lines.slice(start, start + CHUNK_ROWS).join('\n')}\n` });
    const bytes = chunks.reduce((sum, c) => sum + Buffer.byteLength(c.csv), 0);

    const overallStart = performance.now();
    const { startDeclarationImport } = await gql(
      'mutation($i: StartDeclarationImportInput!) { startDeclarationImport(input: $i) { id } }',
      { i: { fileName: `bench-${runId}.csv`, grouping: GROUPING } },
      token,
    );
    const importId = startDeclarationImport.id;
    const chunkMs = [];
    const stagingStart = performance.now();
    await pool(chunks.length, CONCURRENCY, async (index) => {
      const started = performance.now();
      const { addDeclarationImportRows } = await gql(
        'mutation($id: ID!, $c: DeclarationImportChunkInput!) { addDeclarationImportRows(importId: $id, chunk: $c) { rowCount errorRowCount } }',
        { id: importId, c: { index, ...chunks[index] } },
        token,
      );
      if (addDeclarationImportRows.errorRowCount > 0) throw new Error(`chunk ${index} has ${addDeclarationImportRows.errorRowCount} rows in error`);
      chunkMs.push(performance.now() - started);
    });
    const stagingSeconds = (performance.now() - stagingStart) / 1000;
    const preview = (await gql('query($id: ID!) { declarationImport(id: $id) { totalRows errorRows declarationCount } }', { id: importId }, token)).declarationImport;
    const confirmStart = performance.now();
    const confirmed = (await gql('mutation($id: ID!, $k: String!) { confirmDeclarationImport(id: $id, idempotencyKey: $k) { status declarationCount } }', { id: importId, k: runId }, token))
      .confirmDeclarationImport;
    const confirmSeconds = (performance.now() - confirmStart) / 1000;
    const overallSeconds = (performance.now() - overallStart) / 1000;
    if (confirmed.status !== 'IMPORTED' || preview.totalRows !== LINES) throw new Error(`unexpected result ${JSON.stringify({ preview, confirmed })}`);

    // Baseline: the same lines straight into PostgreSQL, grouped as the import did, in one transaction.
    const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    const { rows: [declarer] } = await sql.query("SELECT id, partner_id FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");
    const { rows: [flags] } = await sql.query(
      'SELECT count(*)::int AS n FROM declaration_flags f JOIN declaration_import_declarations x ON x.declaration_id = f.declaration_id WHERE x.import_id = $1',
      [importId],
    );
    const idBySku = new Map(products.map((p) => [p.sku, p.id]));
    const parsed = lines.map((l) => l.split(';'));
    const groups = [];
    for (let i = 0; i < parsed.length; i += GROUPING === 'PER_INVOICE' ? PER_INVOICE : MAX_DECLARATION_LINES) groups.push(parsed.slice(i, i + (GROUPING === 'PER_INVOICE' ? PER_INVOICE : MAX_DECLARATION_LINES)));
    const client = await sql.connect();
    const straightStart = performance.now();
    await client.query('BEGIN');
    const { rows: declarationIds } = await client.query(
      `INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at)
       SELECT $1, $2, 'SUBMITTED', d, 'EUR', t, now() FROM unnest($3::date[], $4::numeric[]) AS g(d, t) RETURNING id`,
      [declarer.partner_id, declarer.id, groups.map((g) => g[0][0]), groups.map((g) => g.reduce((s, l) => s + Number(l[3].replace(',', '.')), 0).toFixed(2))],
    );
    for (let start = 0; start < groups.length; start += Math.ceil(CHUNK_ROWS / groups[0].length)) {
      const slice = groups.slice(start, start + Math.ceil(CHUNK_ROWS / groups[0].length));
      const rows = slice.flatMap((g, gi) => g.map((l, position) => ({ d: declarationIds[start + gi].id, position, l })));
      await client.query(
        `INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, invoice_reference, serial_numbers)
         SELECT d, p, pr, q, a, c, i, CASE WHEN s = '' THEN '{}'::text[] ELSE ARRAY[s] END
           FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::int[], $5::numeric[], $6::text[], $7::text[], $8::text[]) AS r(d, p, pr, q, a, c, i, s)`,
        [
          rows.map((r) => r.d),
          rows.map((r) => r.position),
          rows.map((r) => idBySku.get(r.l[1])),
          rows.map((r) => Number(r.l[2])),
          rows.map((r) => r.l[3].replace(',', '.')),
          rows.map((r) => r.l[5]),
          rows.map((r) => `${r.l[6]}-SQL`),
          rows.map((r) => r.l[7]),
        ],
      );
    }
    await client.query('COMMIT');
    const straightSeconds = (performance.now() - straightStart) / 1000;
    client.release();
    await sql.end();

    const rate = (seconds) => +(LINES / seconds).toFixed(0);
    const sorted = [...chunkMs].sort((a, b) => a - b);
    const result = {
      scenario: 'declaration-import',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      parameters: { lines: LINES, grouping: GROUPING, linesPerInvoice: PER_INVOICE, chunkRows: CHUNK_ROWS, chunks: chunks.length, concurrency: CONCURRENCY, csvBytes: bytes },
      api: {
        declarations: confirmed.declarationCount,
        flags: flags.n,
        staging: { seconds: +stagingSeconds.toFixed(2), linesPerSecond: rate(stagingSeconds), chunkP50Ms: +sorted[Math.floor(sorted.length / 2)].toFixed(0), chunkMaxMs: +sorted.at(-1).toFixed(0) },
        confirmation: { seconds: +confirmSeconds.toFixed(2), linesPerSecond: rate(confirmSeconds) },
        overall: { seconds: +overallSeconds.toFixed(2), linesPerSecond: rate(overallSeconds) },
      },
      straightInsert: { seconds: +straightSeconds.toFixed(2), linesPerSecond: rate(straightSeconds) },
    };
    result.ratioApiToStraightInsert = +(result.api.overall.linesPerSecond / result.straightInsert.linesPerSecond).toFixed(3);
    result.target = { linesPerSecond: 30000, met: result.api.overall.linesPerSecond >= 30000 };
    writeResult(result);
  }),
);

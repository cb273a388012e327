// Declarations benchmark (issue 3): N declarations of 20 lines submitted by a partner and approved
// by its channel manager over GraphQL with concurrency, then the same rows inserted straight into
// PostgreSQL (same concurrency, one transaction per declaration) in the same run as the baseline,
// twice: one INSERT per row, and one multi-row INSERT per declaration (the fastest plain SQL).
// Writes bench-results/declarations-<time>.json.
//
// Sales are spread over the last 30 days with amounts drawn from a wide range, as in a real
// network: with a handful of amounts on one date, every line would be a near duplicate of hundreds.
//
//   npm run build && node tools/bench/declarations.mjs [--declarations 2000] [--warmup 2000] [--concurrency 8]
//
// Figures are ratios against the baseline measured in the same run on the same machine; absolute
// numbers depend on the machine and what else it is doing.
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { pool, run, summary, withBenchApi, writeResult } from './lib/bench-api.mjs';

const { values } = parseArgs({
  options: {
    declarations: { type: 'string', default: '2000' },
    warmup: { type: 'string' },
    concurrency: { type: 'string', default: '8' },
    lines: { type: 'string', default: '20' },
  },
});
const DECLARATIONS = Number(values.declarations);
const CONCURRENCY = Number(values.concurrency);
const LINES = Number(values.lines);
const WARMUP = Number(values.warmup ?? values.declarations);

run(() =>
  withBenchApi(async ({ gql, signIn, databaseUrl }) => {
    const partnerToken = await signIn('julien.dupont@chauffage-dupont.demo');
    const managerToken = await signIn('claire.martin@relais.demo');
    const products = (await gql('{ products(filter: { active: true }, page: { limit: 100 }) { items { id } } }', {}, partnerToken)).data.products.items;
    const saleDateOf = (i) => new Date(Date.now() - (1 + (i % 30)) * 86400_000).toISOString().slice(0, 10);
    const linesOf = (i) =>
      Array.from({ length: LINES }, (_, l) => ({
        productId: products[(i + l) % products.length].id,
        quantity: 1 + ((i + l) % 3),
        amount: Number((100 + ((i * 7919 + l * 104729) % 500_000) / 100).toFixed(2)),
        channel: l % 2 ? 'ONLINE' : 'IN_STORE',
        invoiceReference: `BENCH-${i}-${l}`,
      }));

    const latency = { create: [], submit: [], approve: [] };
    const lifecycle = async (i, timed) => {
      const created = await gql('mutation($i: DeclarationInput!) { createDeclaration(input: $i) { id } }', { i: { currency: 'EUR', saleDate: saleDateOf(i), lines: linesOf(i) } }, partnerToken);
      const id = created.data.createDeclaration.id;
      const submitted = await gql('mutation($id: ID!, $k: String!) { submitDeclaration(id: $id, idempotencyKey: $k) { id } }', { id, k: randomUUID() }, partnerToken);
      const approved = await gql('mutation($id: ID!) { approveDeclaration(id: $id) { status } }', { id }, managerToken);
      if (!timed) return;
      latency.create.push(created.ms);
      latency.submit.push(submitted.ms);
      latency.approve.push(approved.ms);
    };
    const sql = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
    // Warm-up, not measured: a network that already has a history, and planner statistics that know
    // it (a fresh database's statistics say "empty" until autovacuum catches up, minutes later).
    await pool(WARMUP, CONCURRENCY, (i) => lifecycle(3 * DECLARATIONS + i, false));
    await sql.query('ANALYZE');

    const apiStart = performance.now();
    await pool(DECLARATIONS, CONCURRENCY, (i) => lifecycle(i, true));
    const apiSeconds = (performance.now() - apiStart) / 1000;

    // Baselines: the same declarations and lines written straight into PostgreSQL, one transaction each.
    const { rows: [declarer] } = await sql.query("SELECT id, partner_id FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");
    const LINE_COLUMNS = 'declaration_id, position, product_id, quantity, amount, channel, invoice_reference, status';
    const straight = async (offset, writeLines) => {
      const started = performance.now();
      await pool(DECLARATIONS, CONCURRENCY, async (i) => {
        const lines = linesOf(i + offset);
        const client = await sql.connect();
        await client.query('BEGIN');
        const { rows: [declaration] } = await client.query(
          "INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at) VALUES ($1, $2, 'APPROVED', $3, 'EUR', $4, now()) RETURNING id",
          [declarer.partner_id, declarer.id, saleDateOf(i), lines.reduce((sum, l) => sum + l.amount, 0)],
        );
        await writeLines(client, declaration.id, lines);
        await client.query('COMMIT');
        client.release();
      });
      return (performance.now() - started) / 1000;
    };
    const rowParams = (id, l, p) => [id, p, l.productId, l.quantity, l.amount, l.channel, l.invoiceReference];
    const perRowSeconds = await straight(DECLARATIONS, async (client, id, lines) => {
      for (const [p, l] of lines.entries()) {
        await client.query(`INSERT INTO declaration_lines (${LINE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, 'APPROVED')`, rowParams(id, l, p));
      }
    });
    const sqlSeconds = await straight(2 * DECLARATIONS, async (client, id, lines) => {
      const tuples = lines.map((_, p) => `($${p * 7 + 1}, $${p * 7 + 2}, $${p * 7 + 3}, $${p * 7 + 4}, $${p * 7 + 5}, $${p * 7 + 6}, $${p * 7 + 7}, 'APPROVED')`);
      await client.query(`INSERT INTO declaration_lines (${LINE_COLUMNS}) VALUES ${tuples.join(', ')}`, lines.flatMap((l, p) => rowParams(id, l, p)));
    });
    await sql.end();

    const rate = (seconds) => ({ seconds: +seconds.toFixed(2), declarationsPerSecond: +(DECLARATIONS / seconds).toFixed(1), linesPerSecond: +((DECLARATIONS * LINES) / seconds).toFixed(1) });
    const result = {
      scenario: 'declarations',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version },
      parameters: { declarations: DECLARATIONS, warmupDeclarations: WARMUP, linesPerDeclaration: LINES, concurrency: CONCURRENCY },
      api: {
        seconds: +apiSeconds.toFixed(2),
        declarationsPerSecond: +(DECLARATIONS / apiSeconds).toFixed(1),
        linesPerSecond: +((DECLARATIONS * LINES) / apiSeconds).toFixed(1),
        latency: { createDeclaration: summary(latency.create), submitDeclaration: summary(latency.submit), approveDeclaration: summary(latency.approve) },
      },
      straightInsert: rate(sqlSeconds),
      straightInsertOneRowPerStatement: rate(perRowSeconds),
    };
    result.ratioApiToStraightInsert = +(result.api.declarationsPerSecond / result.straightInsert.declarationsPerSecond).toFixed(3);
    result.ratioApiToStraightInsertOneRowPerStatement = +(result.api.declarationsPerSecond / result.straightInsertOneRowPerStatement.declarationsPerSecond).toFixed(3);
    writeResult(result);
  }),
);

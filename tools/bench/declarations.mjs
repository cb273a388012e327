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
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { startChild, stopChildren, waitForUrl } from '../scripts/lib/processes.mjs';

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
const root = new URL('../..', import.meta.url).pathname;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const summary = (ms) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { count: sorted.length, p50Ms: +percentile(sorted, 50).toFixed(1), p95Ms: +percentile(sorted, 95).toFixed(1), maxMs: +(sorted.at(-1) ?? 0).toFixed(1) };
};

/** Runs `task(i)` for i in 0..count-1 with at most `concurrency` at once. */
async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-'));
  // PostgreSQL runs as the 'postgres' user, which must be able to reach its data folder inside.
  chmodSync(dir, 0o755);
  const [apiPort, pgPort] = [await freePort(), await freePort()];
  const api = startChild('api', process.execPath, [join(root, 'dist/apps/api/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      API_PORT: String(apiPort),
      EMBEDDED_PG_DIR: join(dir, 'pg'),
      EMBEDDED_PG_PORT: String(pgPort),
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      SMTP_PORT: '9', // nothing listens: decision e-mails stay in the outbox, which is not what is measured
    },
    logFile: join(dir, 'api.log'),
    echo: false,
  });
  const url = `http://127.0.0.1:${apiPort}`;
  try {
    await waitForUrl(`${url}/health`, { abort: api.exited });
    const gql = async (query, variables, token) => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { data: body.data, ms: performance.now() - started };
    };
    const signIn = async (email) =>
      (await gql('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email, password: 'Relais-demo-2026' } })).data.signIn.accessToken;
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
    const sql = new pg.Pool({ connectionString: `postgres://postgres:relais-embedded@127.0.0.1:${pgPort}/relais`, max: CONCURRENCY });
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
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
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
    const out = join(root, 'bench-results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `declarations-${result.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\nWritten to ${file}\n`);
  } catch (error) {
    process.stderr.write(`API log (last lines):\n${readFileSync(join(dir, 'api.log'), 'utf8').split('\n').slice(-15).join('\n')}\n`);
    throw error;
  } finally {
    await stopChildren([api]);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});

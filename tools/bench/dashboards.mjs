// Dashboards benchmark (issue 7): a network of P partners with N declarations of L lines over the last
// two years, written straight into PostgreSQL by tools/bench/lib/scale-data.mjs as a running programme
// has them (mostly approved, some partly approved, rejected, reversed, withdrawn, still open or
// waiting for information, with flags, customer feedback and the points ledger; --mix approved for
// approvals only), their approvals added to the rollups by the API's own activity worker (timed),
// then every dashboard query of tools/bench/dashboard-scenarios/*.mjs timed over GraphQL (p50/p95) for
// the standard filters, and in the same run each scenario's raw baseline (the same figure from the
// rows) for 12 months + the previous 12. A scenario whose query fails is reported as failed.
// Writes bench-results/dashboards-<time>.json. Target: p95 under 300 ms at 10M lines / 100,000 partners.
//
//   npm run build && node tools/bench/dashboards.mjs [--partners 10000] [--declarations 100000] [--lines 10]
//     [--network diverse|uniform] [--mix realistic|approved] [--reads 30] [--baseline-reads 3] [--keep <dir> [--seed-only]]
//
// --keep <dir>: the embedded database lives in <dir> and survives; a later run with the same <dir>
// skips the seeding (the API's migrations still run on start, so a new rollup back-fills) and only
// measures, reporting the first run's seed and worker times (--seed-only: stop once seeded, to measure
// later with another build of the API).
// --network diverse (default) spreads the partners over 96 regions in 6 countries, 24 channel managers
// (4 regions each) and independent type / brand model / potential draws (about 2,300 combinations of
// attributes, on which a rollup keyed by all of them stopped compressing). 'uniform' keeps
// scale-data's network (12 combinations).
import { existsSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { run, summary, withBenchApi, writeResult } from './lib/bench-api.mjs';
import { prepareDraws, processActivity, seedDeclarations, seedNetwork } from './lib/scale-data.mjs';

const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '10000' },
    declarations: { type: 'string', default: '100000' },
    lines: { type: 'string', default: '10' },
    network: { type: 'string', default: 'diverse' },
    mix: { type: 'string', default: 'realistic' },
    reads: { type: 'string', default: '30' },
    'baseline-reads': { type: 'string', default: '3' },
    keep: { type: 'string' },
    'seed-only': { type: 'boolean', default: false },
  },
});
const PARTNERS = Number(values.partners);
const DECLARATIONS = Number(values.declarations);
const LINES = Number(values.lines);
const READS = Number(values.reads);
const BASELINE_READS = Number(values['baseline-reads']);
const DAYS = 730;
const MANAGERS = 24;
const TARGET_MS = 300;
const SCENARIOS = new URL('./dashboard-scenarios/', import.meta.url);
const PROGRAMME = new URL('./lib/seed-programme.mjs', import.meta.url);

const now = new Date();
/** The first or the last day of the month `monthsAgo` months before this one. */
const monthStart = (monthsAgo) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
const monthEnd = (monthsAgo) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0)).toISOString().slice(0, 10);
const log = (message) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Regions in countries, each channel manager looking after four regions, the rest drawn independently. */
async function diversify(sql, passwordHash) {
  await sql.query(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, locale, status)
     SELECT 'manager' || m || '@bench-managers.test', $2, 'CHANNEL_MANAGER', 'Manager', 'M' || m, 'fr', 'ACTIVE' FROM generate_series(1, $1) AS m`,
    [MANAGERS, passwordHash],
  );
  // MATERIALIZED: inlined, the managers' query ran once per partner over all the users (quadratic at 100,000 partners).
  await sql.query(
    `WITH managers AS MATERIALIZED (SELECT row_number() OVER (ORDER BY email) - 1 AS k, id FROM users WHERE email LIKE '%@bench-managers.test'),
          numbered AS (SELECT id, substring(code FROM 7)::int AS i FROM partners WHERE code LIKE 'BENCH-%')
     UPDATE partners p SET region = 'Region ' || (n.i % 96),
            country = (ARRAY['FR','BE','CH','LU','DE','IT'])[1 + (n.i % 96) / 16],
            channel_manager_id = (SELECT id FROM managers WHERE k = (n.i % 96) / 4),
            type = (ARRAY['DISTRIBUTOR','RESELLER','FRANCHISEE','INSTALLER'])[1 + abs(hashtext('t' || n.i)) % 4],
            brand_model = (ARRAY['MONO_BRAND','MULTI_BRAND'])[1 + abs(hashtext('b' || n.i)) % 2],
            potential = (ARRAY['A','B','C'])[1 + abs(hashtext('p' || n.i)) % 3]
       FROM numbered n WHERE n.id = p.id`,
  );
}

/**
 * p50/p95 of `reads` sequential calls, after `warmup` not measured. A call slower than 3 s in the
 * warm-up cuts the reads to 5 (the figure is far off the target anyway; the count says so).
 */
async function measure(reads, call, warmup = 3) {
  let slow = false;
  for (let i = 0; i < warmup; i++) slow = (await call()) > 3000 || slow;
  const ms = [];
  for (let i = 0; i < (slow ? Math.min(reads, 5) : reads); i++) ms.push(await call());
  return summary(ms);
}

const BULK_LOAD = { max_wal_size: '20GB', checkpoint_timeout: '30min', full_page_writes: 'off', synchronous_commit: 'off' };
const SEEDED_TABLES = ['declarations', 'declaration_lines', 'declaration_events', 'declaration_flags', 'ledger_entries', 'ledger_lots', 'domain_events', 'ledger_accounts'];
/**
 * The database's settings for a bulk load (on), or back to its own (off); no restart needed. The
 * seed's rows are consistent by construction, so the foreign key checks of its inserts are off
 * meanwhile: each took a row lock on the row it names (WAL-logged), which made the lots' insert
 * two thirds of a chunk at 5M lines. Every other trigger (the rollups') runs.
 */
async function bulkLoadSettings(sql, on) {
  for (const [name, value] of Object.entries(BULK_LOAD)) await sql.query(on ? `ALTER SYSTEM SET ${name} = '${value}'` : `ALTER SYSTEM RESET ${name}`);
  await sql.query('SELECT pg_reload_conf()');
  const { rows } = await sql.query(
    `SELECT tgrelid::regclass::text AS "table", tgname AS name FROM pg_trigger WHERE tgisinternal AND tgfoid = '"RI_FKey_check_ins"'::regproc AND tgrelid::regclass::text = ANY($1)`,
    [SEEDED_TABLES],
  );
  for (const trigger of rows) await sql.query(`ALTER TABLE ${trigger.table} ${on ? 'DISABLE' : 'ENABLE'} TRIGGER "${trigger.name}"`);
}

/** Where a seed stopped before it kept its progress: the declarations of its committed chunks (time unknown). */
async function progressSoFar(sql) {
  const { rows: [draws] } = await sql.query("SELECT to_regclass('bench_users') IS NOT NULL AS made");
  if (!draws.made) return { declarations: 0, seconds: 0, networkSeconds: 0 };
  const { rows: [done] } = await sql.query('SELECT count(*)::int AS n FROM declarations d JOIN bench_users u ON u.id = d.declared_by_id');
  return { declarations: done.n, seconds: 0, networkSeconds: 0, resumedWithoutTimes: true };
}

/** Everything written once: the network, the declarations and their ledger, the programme; returns its timings. */
async function seed(sql, { signIn, gql }) {
  const { rows: [demo] } = await sql.query("SELECT password_hash FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");
  const { rows: [reviewer] } = await sql.query("SELECT id FROM users WHERE email = 'admin@relais.demo'");
  // A bulk load: checkpoints every few seconds made most of the writes full-page images (set back below).
  await bulkLoadSettings(sql, true);
  // A seed cut short (kept folder) resumes after its last committed chunk.
  const { rows: [saved] } = await sql.query("SELECT value FROM bench_meta WHERE key = 'progress'");
  const progress = saved?.value ?? (await progressSoFar(sql));
  const started = performance.now() - progress.seconds * 1000;
  if (progress.declarations === 0) {
    await seedNetwork(sql, { partners: PARTNERS, usersPerPartner: 2, passwordHash: demo.password_hash });
    if (values.network === 'diverse') await diversify(sql, demo.password_hash);
    await prepareDraws(sql);
    // A programme with a return window and points that expire within the two years seeded.
    if (values.mix === 'realistic') await sql.query('UPDATE programme_settings SET return_window_days = 14, points_expiry_months = 12');
    progress.networkSeconds = (performance.now() - started) / 1000;
    log(`network of ${PARTNERS} partners in ${progress.networkSeconds.toFixed(0)} s`);
  } else log(`resuming after ${progress.declarations} declarations`);
  const networkSeconds = progress.networkSeconds;
  await seedDeclarations(sql, {
    declarations: DECLARATIONS,
    lines: LINES,
    days: DAYS,
    mix: values.mix,
    reviewerId: reviewer.id,
    from: progress.declarations,
    onChunk: async (done) => {
      const seconds = (performance.now() - started) / 1000;
      log(`${done} / ${DECLARATIONS} declarations (${seconds.toFixed(0)} s)`);
      await sql.query(
        "INSERT INTO bench_meta VALUES ('progress', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [JSON.stringify({ ...progress, declarations: done, seconds })],
      );
    },
  });
  const declarationsSeconds = (performance.now() - started) / 1000 - networkSeconds;
  const programme = await seedProgrammeOnce(sql, { gql, signIn });
  const seedSeconds = (performance.now() - started) / 1000;
  const { rows: [left] } = await sql.query('SELECT count(*)::int AS n FROM domain_events WHERE processed_at IS NULL');
  log(`seeded in ${seedSeconds.toFixed(0)} s; ${left.n} events left for the worker`);
  await sql.query('ANALYZE');
  // The worker adds the approvals to the rollups (and every other listener runs); it starts while the data is written.
  const worker = await processActivity(sql, 500);
  const { rows: [events] } = await sql.query(
    `SELECT count(*)::int AS n, extract(epoch FROM max(processed_at) - min(processed_at))::float AS seconds FROM domain_events WHERE type LIKE 'DECLARATION_%'`,
  );
  log(`worker done: ${events.n} declaration events, ${events.seconds?.toFixed(0)} s from the first processed to the last`);
  // Statistics for the planner; the visibility map is left to autovacuum (a VACUUM of 10M lines took minutes).
  await sql.query('ANALYZE');
  await bulkLoadSettings(sql, false);
  return {
    seedSeconds: +seedSeconds.toFixed(1),
    networkSeconds: +networkSeconds.toFixed(1),
    declarationsSeconds: +declarationsSeconds.toFixed(1),
    programme,
    worker: {
      declarationEvents: events.n,
      leftAfterSeedEvents: left.n,
      afterSeedSeconds: +worker.seconds.toFixed(1),
      firstToLastProcessedSeconds: events.seconds && +events.seconds.toFixed(1),
      eventsPerSecond: events.seconds ? +(events.n / events.seconds).toFixed(0) : null,
    },
  };
}

/**
 * Stage completions and challenges from tools/bench/lib/seed-programme.mjs when it is there (written
 * beside this bench); a failure there is reported, not fatal, so the declarations seeded stay usable.
 * Returns null without the file; a later run on kept data does it then, or again after a failure.
 */
async function seedProgrammeOnce(sql, { gql, signIn }) {
  if (!existsSync(PROGRAMME)) return null;
  const t0 = performance.now();
  // In one transaction: a failure leaves nothing behind for a later run to trip on (and the API's
  // jobs see the programme whole, not a live challenge still being filled).
  await sql.query('BEGIN');
  try {
    const { seedProgramme } = await import(PROGRAMME.href);
    const details = await seedProgramme(sql, { gql, signIn, days: DAYS, log });
    await sql.query('COMMIT');
    const seconds = +((performance.now() - t0) / 1000).toFixed(1);
    log(`programme in ${seconds} s`);
    return { seconds, details: details ?? null };
  } catch (error) {
    await sql.query('ROLLBACK');
    log(`programme seed failed: ${error.stack ?? error}`);
    return { failed: String(error.message ?? error).slice(0, 500) };
  }
}

/** The scenario files, in name order; one that cannot be loaded is reported, not fatal. */
async function loadScenarios() {
  const scenarios = [];
  for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.mjs')).sort()) {
    try {
      const { default: scenario } = await import(new URL(file, SCENARIOS).href);
      scenarios.push({ file, ...scenario });
    } catch (error) {
      scenarios.push({ file, name: file, loadError: String(error.message ?? error) });
    }
  }
  return scenarios;
}

/** The sell-out rollup's write costs: one set-based apply of 500 declarations, and a partner's move to another manager. */
async function salesWriteCosts(sql) {
  const { rows: sample } = await sql.query('SELECT declaration_id FROM sales_counted_declarations WHERE counted LIMIT 500');
  const ids = sample.map((r) => r.declaration_id);
  const applyMs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await sql.query('BEGIN');
    await sql.query('SELECT sales_rollup_apply($1::uuid[], -1)', [ids]);
    await sql.query('SELECT sales_rollup_apply($1::uuid[], 1)', [ids]);
    await sql.query('COMMIT');
    applyMs.push((performance.now() - t0) / 2);
  }
  const { rows: [mover] } = await sql.query(`SELECT p.id, p.channel_manager_id FROM partners p WHERE code = 'BENCH-7'`);
  const { rows: [otherManager] } = await sql.query(`SELECT id FROM users WHERE role = 'CHANNEL_MANAGER' AND id IS DISTINCT FROM $1 LIMIT 1`, [mover.channel_manager_id]);
  const t0 = performance.now();
  await sql.query('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [mover.id, otherManager.id]);
  const reassignMs = performance.now() - t0;
  await sql.query('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [mover.id, mover.channel_manager_id]);
  return { applyPer500DeclarationsMs: summary(applyMs), reassignPartnerMs: +reassignMs.toFixed(1) };
}

run(() =>
  withBenchApi(
    async ({ gql, signIn, databaseUrl, kept }) => {
      const sql = new pg.Client({ connectionString: databaseUrl });
      await sql.connect();
      sql.on('error', () => undefined);
      await sql.query('CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)');
      const { rows: [meta] } = await sql.query("SELECT value FROM bench_meta WHERE key = 'seed'");
      let seeding = meta?.value;
      if (!seeding) {
        seeding = { parameters: { partners: PARTNERS, declarations: DECLARATIONS, linesPerDeclaration: LINES, days: DAYS, network: values.network, mix: values.mix }, ...(await seed(sql, { signIn, gql })) };
        await sql.query("INSERT INTO bench_meta VALUES ('seed', $1)", [JSON.stringify(seeding)]);
        if (values['seed-only']) {
          log(`seeded: ${JSON.stringify(seeding)}`);
          await sql.end();
          return;
        }
      } else {
        log(`kept data (${JSON.stringify(seeding.parameters)}): measuring only`);
        if ((!seeding.programme || seeding.programme.failed) && existsSync(PROGRAMME)) {
          seeding.programme = await seedProgrammeOnce(sql, { gql, signIn });
          const worker = await processActivity(sql, 500);
          seeding.programme.workerSeconds = +worker.seconds.toFixed(1);
          await sql.query("UPDATE bench_meta SET value = $1 WHERE key = 'seed'", [JSON.stringify(seeding)]);
        }
        // New rollups may have been back-filled by this start's migrations; statistics for them.
        await sql.query('ANALYZE');
      }

      const { rows: [sizes] } = await sql.query(
        `SELECT (SELECT count(*)::int FROM declarations) AS declarations, (SELECT count(*)::int FROM declaration_lines) AS lines,
                (SELECT count(*)::int FROM declaration_lines WHERE status = 'APPROVED') AS approved_lines,
                (SELECT count(*)::int FROM ledger_entries) AS ledger_entries, (SELECT count(*)::int FROM partners) AS partners,
                (SELECT count(*)::int FROM sales_slices) AS slice_rows, (SELECT count(*)::int FROM sales_partner_monthly) AS sales_partner_month_rows,
                (SELECT count(*)::int FROM points_partner_monthly) AS points_partner_month_rows,
                (SELECT json_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM declarations GROUP BY status) s) AS declarations_by_status`,
      );
      const salesWrites = await salesWriteCosts(sql).catch((error) => ({ failed: String(error.message ?? error) }));

      const admin = await signIn('admin@relais.demo');
      const { rows: [manager] } = await sql.query(
        `SELECT u.email, u.id FROM users u WHERE u.role = 'CHANNEL_MANAGER' AND EXISTS (SELECT 1 FROM partners p WHERE p.channel_manager_id = u.id AND p.code LIKE 'BENCH-%') ORDER BY u.email LIMIT 1`,
      );
      const managerToken = await signIn(manager.email);
      const segmentName = 'Bench installers A';
      const { rows: [existing] } = await sql.query('SELECT id FROM segments WHERE name = $1', [segmentName]);
      const segmentId = existing?.id ?? (await gql('mutation ($i: SegmentInput!) { createSegment(input: $i) { id } }', { i: { name: segmentName, criteria: { types: ['INSTALLER'], potentials: ['A'] } } }, admin)).data.createSegment.id;

      const year = { from: monthStart(11), to: monthEnd(0) };
      const filters = {
        '12 months (+ previous 12), all partners': [{ ...year }, admin],
        '24 months (+ previous 24), all partners': [{ from: monthStart(23), to: monthEnd(0) }, admin],
        '12 months, country FR': [{ ...year, country: 'FR' }, admin],
        '12 months, segment (installers, potential A)': [{ ...year, segmentId }, admin],
        '12 months, one channel manager': [{ ...year, channelManagerId: manager.id }, admin],
        'as a channel manager, 12 months, own partners': [{ ...year }, managerToken],
      };
      const rawContext = { ...year, previousFrom: monthStart(23), previousTo: monthEnd(12), country: 'FR', segmentId, managerId: manager.id };

      const results = {};
      for (const scenario of await loadScenarios()) {
        log(`measuring ${scenario.name}`);
        const result = { file: scenario.file, queries: {} };
        results[scenario.name] = result;
        if (scenario.loadError) {
          result.failed = `cannot load: ${scenario.loadError}`;
          continue;
        }
        for (const [name, [filter, token]] of Object.entries(filters)) {
          try {
            result.queries[name] = await measure(READS, async () => (await gql(scenario.query, { filter }, token)).ms);
          } catch (error) {
            result.queries[name] = { failed: String(error.message ?? error).slice(0, 500) };
          }
        }
        if (scenario.raw) {
          try {
            await sql.query('SET statement_timeout = 300000');
            const params = scenario.raw.params(rawContext);
            result.raw = await measure(BASELINE_READS, async () => {
              const t0 = performance.now();
              await sql.query(scenario.raw.sql, params);
              return performance.now() - t0;
            }, 1);
          } catch (error) {
            result.raw = { failed: String(error.message ?? error).slice(0, 500) };
          } finally {
            await sql.query('SET statement_timeout = 0');
          }
          const rollup = result.queries['12 months (+ previous 12), all partners'];
          if (rollup?.p95Ms && result.raw?.p95Ms) result.ratioRollupToRaw = { p50: +(rollup.p50Ms / result.raw.p50Ms).toFixed(3), p95: +(rollup.p95Ms / result.raw.p95Ms).toFixed(3) };
        }
        const measured = Object.values(result.queries);
        result.failed ??= measured.some((q) => q.failed) ? 'some filters failed' : undefined;
        result.met = measured.every((q) => q.p95Ms !== undefined && q.p95Ms < TARGET_MS);
      }

      // The same sell-out from the rollups and from the lines, to the cent.
      const check = await gql('query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) { totals { amount lines } } }', { filter: year }, admin).catch(() => null);
      const { rows: [rawTotals] } = await sql.query(
        `SELECT sum(l.amount)::float AS amount, count(*)::int AS lines FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id
          WHERE l.status = 'APPROVED' AND d.status IN ('APPROVED', 'PARTIALLY_APPROVED') AND coalesce(d.sale_date, d.period_end) BETWEEN $1 AND $2`,
        [year.from, year.to],
      );
      await sql.end();

      const missed = Object.entries(results).flatMap(([name, r]) =>
        Object.entries(r.queries)
          .filter(([, q]) => !(q.p95Ms < TARGET_MS))
          .map(([filter, q]) => `${name} / ${filter}: ${q.failed ? 'failed' : `${q.p95Ms} ms`}`),
      );
      writeResult({
        scenario: 'dashboards',
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version },
        parameters: { ...seeding.parameters, reads: READS, baselineReads: BASELINE_READS, keptData: kept },
        data: sizes,
        seed: seeding,
        salesWrites,
        results,
        sameFigure: { rollup: check?.data.salesOverview.totals ?? null, raw: rawTotals },
        target: { p95Ms: TARGET_MS, met: missed.length === 0, missed },
      });
    },
    // No tier recompute at boot: that daily job goes through every partner's points (about two
    // minutes of a core at 100,000 partners) and ran beside the first scenarios' reads.
    { ACTIVITY_POLL_MS: '100', TIER_REFRESH_ON_BOOT: 'false' },
    { keep: values.keep },
  ),
);

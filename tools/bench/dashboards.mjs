// Dashboards benchmark (issue 7): a network of P partners with N approved declaration lines spread
// over the last two years (written straight into PostgreSQL by tools/bench/lib/scale-data.mjs, with
// the DECLARATION_APPROVED events their approvals record), added to the sales rollup by the API's
// own activity worker (the listener path of production, timed), then each dashboard query timed over
// GraphQL (p50/p95), and in the same run the same figure aggregated from the raw lines as the baseline.
// Writes bench-results/dashboards-<time>.json. Target: p95 under 300 ms at 10M lines / 100,000 partners.
//
//   npm run build && node tools/bench/dashboards.mjs [--partners 10000] [--declarations 100000] [--lines 10]
//     [--network diverse|uniform] [--reads 40] [--baseline-reads 5]
//
// --network diverse (default) spreads the partners over 96 regions in 6 countries, 24 channel managers
// (4 regions each) and independent type / brand model / potential draws (about 2,300 combinations of
// attributes, on which a rollup keyed by all of them stopped compressing). 'uniform' keeps
// scale-data's network (12 combinations).
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
    reads: { type: 'string', default: '40' },
    'baseline-reads': { type: 'string', default: '5' },
  },
});
const PARTNERS = Number(values.partners);
const DECLARATIONS = Number(values.declarations);
const LINES = Number(values.lines);
const READS = Number(values.reads);
const BASELINE_READS = Number(values['baseline-reads']);
const DAYS = 730;
const MANAGERS = 24;

const SALES = `query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) {
  totals { quantity amount lines } previousTotals { quantity amount lines } series { period amount quantity lines }
  byCategory { key label amount quantity previousAmount } byProduct { key label amount previousAmount } byChannel { key amount previousAmount }
  byCountry { key amount previousAmount } byRegion { key amount previousAmount } byPartnerType { key amount previousAmount } bySegment { key label amount previousAmount } } }`;

// The baseline: the sell-out of the period and the previous one, by category, from the raw lines.
const RAW = `SELECT pr.category, sum(l.amount) AS amount, sum(l.quantity) AS quantity, count(*) AS lines
  FROM declaration_lines l
  JOIN declarations d ON d.id = l.declaration_id
  JOIN partners p ON p.id = d.partner_id
  JOIN products pr ON pr.id = l.product_id
 WHERE l.status = 'APPROVED' AND d.status IN ('APPROVED', 'PARTIALLY_APPROVED')
   AND coalesce(d.sale_date, d.period_end) BETWEEN $1 AND $2 AND ($3::text IS NULL OR p.country = $3)
 GROUP BY pr.category`;

const now = new Date();
/** The first or the last day of the month `monthsAgo` months before this one. */
const monthStart = (monthsAgo) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
const monthEnd = (monthsAgo) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0)).toISOString().slice(0, 10);

/** Regions in countries, each channel manager looking after four regions, the rest drawn independently. */
async function diversify(sql, passwordHash) {
  await sql.query(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, locale, status)
     SELECT 'manager' || m || '@bench-managers.test', $2, 'CHANNEL_MANAGER', 'Manager', 'M' || m, 'fr', 'ACTIVE' FROM generate_series(1, $1) AS m`,
    [MANAGERS, passwordHash],
  );
  await sql.query(
    `WITH managers AS (SELECT row_number() OVER (ORDER BY email) - 1 AS k, id FROM users WHERE email LIKE '%@bench-managers.test'),
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

/** p50/p95 of `reads` sequential calls, after 3 not measured. */
async function measure(reads, call) {
  for (let i = 0; i < 3; i++) await call();
  const ms = [];
  for (let i = 0; i < reads; i++) ms.push(await call());
  return summary(ms);
}

run(() =>
  withBenchApi(
    async ({ gql, signIn, databaseUrl }) => {
      const sql = new pg.Client({ connectionString: databaseUrl });
      await sql.connect();
      sql.on('error', () => undefined);
      const { rows: [demo] } = await sql.query("SELECT password_hash FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");

      let started = performance.now();
      await seedNetwork(sql, { partners: PARTNERS, usersPerPartner: 2, passwordHash: demo.password_hash });
      if (values.network === 'diverse') await diversify(sql, demo.password_hash);
      await prepareDraws(sql);
      await seedDeclarations(sql, { declarations: DECLARATIONS, lines: LINES, days: DAYS });
      const seedSeconds = (performance.now() - started) / 1000;
      await sql.query('ANALYZE');

      // The worker adds the approvals to the rollups (and every other listener runs).
      const { seconds: processingSeconds } = await processActivity(sql, 200);
      await sql.query('VACUUM ANALYZE');

      const { rows: [sizes] } = await sql.query(
        `SELECT (SELECT count(*)::int FROM declaration_lines WHERE status = 'APPROVED') AS lines, (SELECT count(*)::int FROM sales_slices) AS slice_rows,
                (SELECT count(*)::int FROM sales_partner_monthly) AS partner_month_rows,
                (SELECT coalesce(sum(lines), 0)::int FROM sales_slices WHERE dimension = 'channel') AS rollup_lines`,
      );
      // The listener's cost per batch: one set-based apply of 500 declarations (taken away and added back).
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
      // A partner's move to another channel manager (the trigger moves its counted sales).
      const { rows: [mover] } = await sql.query(`SELECT p.id, p.channel_manager_id FROM partners p WHERE code = 'BENCH-7'`);
      const { rows: [otherManager] } = await sql.query(`SELECT id FROM users WHERE role = 'CHANNEL_MANAGER' AND id IS DISTINCT FROM $1 LIMIT 1`, [mover.channel_manager_id]);
      let t0 = performance.now();
      await sql.query('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [mover.id, otherManager.id]);
      const reassignMs = performance.now() - t0;
      await sql.query('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [mover.id, mover.channel_manager_id]);

      const admin = await signIn('admin@relais.demo');
      const { rows: [manager] } = await sql.query(
        `SELECT u.email, u.id FROM users u WHERE u.role = 'CHANNEL_MANAGER' AND EXISTS (SELECT 1 FROM partners p WHERE p.channel_manager_id = u.id AND p.code LIKE 'BENCH-%') ORDER BY u.email LIMIT 1`,
      );
      const managerToken = manager ? await signIn(manager.email) : null;
      const segment = await gql('mutation ($i: SegmentInput!) { createSegment(input: $i) { id } }', { i: { name: 'Bench installers A', criteria: { types: ['INSTALLER'], potentials: ['A'] } } }, admin);
      const segmentId = segment.data.createSegment.id;

      const year = { from: monthStart(11), to: monthEnd(0) };
      const quarter = { from: monthStart(2), to: monthEnd(0) };
      const month = { from: monthStart(0), to: monthEnd(0) };
      const scenarios = {
        'brand admin, 12 months (+ previous 12), all partners': [{ ...year }, admin],
        'brand admin, 24 months (+ previous 24), all partners': [{ from: monthStart(23), to: monthEnd(0) }, admin],
        'brand admin, 12 months, country FR': [{ ...year, country: 'FR' }, admin],
        'brand admin, 3 months, segment (installers, potential A)': [{ ...quarter, segmentId }, admin],
        'brand admin, this month, one channel manager': [{ ...month, channelManagerId: manager?.id }, admin],
        ...(managerToken ? { 'channel manager, 12 months, own partners': [{ ...year }, managerToken] } : {}),
      };
      const queries = {};
      for (const [name, [filter, token]] of Object.entries(scenarios)) {
        queries[name] = await measure(READS, async () => (await gql(SALES, { filter }, token)).ms);
      }
      const check = (await gql(SALES, { filter: year }, admin)).data.salesOverview.totals;

      // Baseline: the same totals by category from the raw lines, for the period and the previous one.
      const raw = async (from, to, country) => {
        const t = performance.now();
        await sql.query(RAW, [from, to, country ?? null]);
        return performance.now() - t;
      };
      const previousYear = { from: monthStart(23), to: monthEnd(12) };
      const baseline = {
        'raw lines, 12 months + previous 12, by category, all partners': await measure(BASELINE_READS, async () => (await raw(year.from, year.to)) + (await raw(previousYear.from, previousYear.to))),
        'raw lines, 12 months + previous 12, by category, country FR': await measure(BASELINE_READS, async () => (await raw(year.from, year.to, 'FR')) + (await raw(previousYear.from, previousYear.to, 'FR'))),
      };
      const { rows: [rawTotals] } = await sql.query(`SELECT sum(amount)::float AS amount, sum(lines)::int AS lines FROM (${RAW}) r`, [year.from, year.to, null]);
      await sql.end();

      writeResult({
        scenario: 'dashboards',
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version },
        parameters: { partners: PARTNERS, declarations: DECLARATIONS, linesPerDeclaration: LINES, days: DAYS, network: values.network, reads: READS, baselineReads: BASELINE_READS },
        data: { ...sizes, seedSeconds: +seedSeconds.toFixed(1) },
        rollup: {
          workerSeconds: +processingSeconds.toFixed(1),
          eventsPerSecond: +(DECLARATIONS / processingSeconds).toFixed(0),
          applyPer500DeclarationsMs: summary(applyMs),
          reassignPartnerMs: +reassignMs.toFixed(1),
        },
        queries,
        baseline,
        sameFigure: { rollup: { amount: check.amount, lines: check.lines }, raw: rawTotals },
        target: { p95Ms: 300, met: Object.values(queries).every((q) => q.p95Ms < 300) },
      });
    },
    { ACTIVITY_POLL_MS: '100' },
  ),
);

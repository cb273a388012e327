// Event-processing benchmark (issue 5): N domain events — approved 20-line declarations of many
// partners and users, and sign-ins — written straight into domain_events, then timed until the
// API's activity worker has added them all to the daily metric buckets and every listener (tiers,
// stages, badges, objectives, challenges, feed) has run on them. Writes
// bench-results/activity-<time>.json with events per second (target: at least 2,000).
//
//   npm run build && node tools/bench/activity.mjs [--events 50000] [--partners 1000]
//
// Writing the events is not measured: in the product they are written by the transactions that cause them.
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { sleep } from '../scripts/lib/processes.mjs';
import { run, withBenchApi, writeResult } from './lib/bench-api.mjs';
import { seedNetwork } from './lib/scale-data.mjs';

const { values } = parseArgs({ options: { events: { type: 'string', default: '50000' }, partners: { type: 'string', default: '1000' } } });
const EVENTS = Number(values.events);
const PARTNERS = Number(values.partners);
const LINES = 20;
const CATEGORIES = ['Heat pumps', 'Boilers', 'Radiators', 'Thermostats', 'Water heaters'];

run(() =>
  withBenchApi(
    async ({ databaseUrl }) => {
      const sql = new pg.Pool({ connectionString: databaseUrl, max: 4 });
      const { rows: products } = await sql.query('SELECT id, category FROM products');
      // Real partners and users: the listeners (stages, tiers, challenges…) write rows that reference them.
      const { rows: [demo] } = await sql.query("SELECT password_hash FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");
      await seedNetwork(sql, { partners: PARTNERS, usersPerPartner: 3, passwordHash: demo.password_hash });
      const { rows: members } = await sql.query(`SELECT partner_id, array_agg(id ORDER BY id) AS users FROM users WHERE email LIKE '%@bench.test' GROUP BY partner_id`);
      const partners = members.map((m) => ({ id: m.partner_id, users: m.users }));
      const day = (i) => new Date(Date.now() - (i % 365) * 86_400_000);
      // Four events in five are approvals (the heavy kind: 20 lines, by product and category), one a sign-in.
      const eventOf = (i) => {
        const partner = partners[i % PARTNERS];
        const userId = partner.users[i % 3];
        const occurredAt = day(i);
        if (i % 5 === 4) return [i, 'SIGNED_IN', occurredAt, partner.id, userId, null, {}];
        const lines = Array.from({ length: LINES }, (_, l) => {
          const product = products[(i + l) % products.length];
          return { productId: product.id, category: product.category ?? CATEGORIES[l % CATEGORIES.length], quantity: 1 + (l % 4), amount: `${100 + ((i + l) % 900)}.50` };
        });
        return [i, 'DECLARATION_APPROVED', occurredAt, partner.id, userId, randomUUID(), { declarationId: randomUUID(), lines, countedOn: occurredAt.toISOString().slice(0, 10) }];
      };
      const BATCH = 2000;
      for (let start = 0; start < EVENTS; start += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, EVENTS - start) }, (_, k) => eventOf(start + k));
        await sql.query(
          `INSERT INTO domain_events (type, occurred_at, partner_id, user_id, subject_id, payload)
           SELECT e.type, e.occurred_at, e.partner_id, e.user_id, e.subject_id, e.payload
           FROM jsonb_to_recordset($1::jsonb) AS e(type text, occurred_at timestamptz, partner_id uuid, user_id uuid, subject_id uuid, payload jsonb)`,
          [JSON.stringify(rows.map(([, type, occurred_at, partner_id, user_id, subject_id, payload]) => ({ type, occurred_at, partner_id, user_id, subject_id, payload })))],
        );
      }
      await sql.query('ANALYZE domain_events');
      // The worker polls every ACTIVITY_POLL_MS (set low below); the clock starts at the first claimed batch.
      const remaining = async () => (await sql.query('SELECT count(*)::int AS n FROM domain_events WHERE processed_at IS NULL')).rows[0].n;
      while ((await remaining()) === EVENTS) await sleep(20);
      const started = performance.now() - 20;
      while ((await remaining()) > 0) await sleep(50);
      const seconds = (performance.now() - started) / 1000;
      const { rows: [buckets] } = await sql.query('SELECT count(*)::int AS n FROM metric_daily');
      await sql.end();
      writeResult({
        scenario: 'activity',
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version },
        parameters: { events: EVENTS, partners: PARTNERS, linesPerApproval: LINES, approvalShare: 0.8 },
        processing: { seconds: +seconds.toFixed(2), eventsPerSecond: +(EVENTS / seconds).toFixed(0), metricBuckets: buckets.n },
        target: { eventsPerSecond: 2000, met: EVENTS / seconds >= 2000 },
      });
    },
    { ACTIVITY_POLL_MS: '100' },
  ),
);

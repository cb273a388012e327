// A network at scale for the benchmarks, written straight into PostgreSQL by set-based statements
// (generating it through the API would take hours and is not what these benchmarks measure):
// partners with their users, and approved declarations with their lines and the domain events their
// approvals recorded, spread over the last `days` days.
import { sleep } from '../../scripts/lib/processes.mjs';
import { seedDeclarationMix } from './declaration-mix.mjs';
import { seedLedgerMix } from './scale-ledger.mjs';

/** Partners get codes BENCH-<n>; every user of a partner shares the demo password hash given. */
export async function seedNetwork(sql, { partners, usersPerPartner, passwordHash }) {
  await sql.query(
    `INSERT INTO partners (code, name, type, brand_model, potential, country, region, city, status)
     SELECT 'BENCH-' || i, 'Bench partner ' || i,
            (ARRAY['DISTRIBUTOR','RESELLER','FRANCHISEE','INSTALLER'])[1 + i % 4],
            (ARRAY['MONO_BRAND','MULTI_BRAND'])[1 + i % 2],
            (ARRAY['A','B','C'])[1 + i % 3],
            (ARRAY['FR','BE','CH','LU'])[1 + i % 4],
            'Region ' || (i % 12), 'City ' || (i % 500), 'ACTIVE'
       FROM generate_series(1, $1) AS i`,
    [partners],
  );
  await sql.query(
    `INSERT INTO users (email, password_hash, role, partner_id, first_name, last_name, locale, status)
     SELECT 'user' || u || '.' || lower(p.code) || '@bench.test', $2,
            CASE WHEN u = 1 THEN 'PARTNER_ADMIN' ELSE 'PARTNER_MEMBER' END,
            p.id, 'User' || u, p.code, 'fr', 'ACTIVE'
       FROM partners p CROSS JOIN generate_series(1, $1) AS u
      WHERE p.code LIKE 'BENCH-%'`,
    [usersPerPartner, passwordHash],
  );
}

/**
 * `declarations` approved declarations of `lines` lines each, by random users of the bench partners,
 * decided over the last `days` days, with one DECLARATION_APPROVED event each (payload as the review
 * service writes it), left unprocessed for the activity worker.
 *
 * `mix: 'realistic'` writes instead the outcomes, timelines, flags, feedback and points ledger of a
 * running programme (declaration-mix.mjs and scale-ledger.mjs), decided by `reviewerId`; the ledger
 * follows programme_settings (recipient, return window, expiry). `onChunk(done)` reports progress
 * after each committed chunk; `from` resumes after that many declarations (the same draws).
 */
export async function seedDeclarations(client, { declarations, lines, days, chunk = 25_000, mix = 'approved', reviewerId, onChunk, from = 0 }) {
  const sql = process.env.BENCH_TRACE ? traced(client) : client;
  const { rows: [users] } = await sql.query('SELECT count(*)::int AS n FROM bench_users');
  const { rows: [products] } = await sql.query('SELECT count(*)::int AS n FROM bench_products');
  const { rows: [settings] } = await sql.query('SELECT declaration_points_recipient AS recipient, return_window_days, points_expiry_months FROM programme_settings');
  for (let start = from; start < declarations; start += chunk) {
    const count = Math.min(chunk, declarations - start);
    await sql.query('BEGIN');
    if (mix === 'realistic') {
      await seedDeclarationMix(sql, { count, lines, days, start, users: users.n, products: products.n, reviewerId });
      await seedLedgerMix(sql, { reviewerId, recipient: settings.recipient, returnWindowDays: settings.return_window_days, expiryMonths: settings.points_expiry_months });
      await sql.query('COMMIT');
      await onChunk?.(start + count);
      continue;
    }
    await sql.query(
      `CREATE TEMP TABLE bench_batch ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, u.id AS user_id, u.partner_id,
              now() - (random() * $3 * interval '1 day') AS decided_at
         FROM generate_series(1, $1) AS g
         JOIN LATERAL (SELECT id, partner_id FROM bench_users WHERE n = 1 + ((g + $4)::bigint * 7919) % $2) AS u ON true`,
      [count, users.n, days, start],
    );
    await sql.query(
      `INSERT INTO declarations (id, partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at, decided_at)
       SELECT id, partner_id, user_id, 'APPROVED', decided_at::date, 'EUR', 0, decided_at, decided_at FROM bench_batch`,
    );
    await sql.query(
      `INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, status, decided_at, points_awarded)
       SELECT b.id, l, (SELECT id FROM bench_products WHERE n = 1 + ((l + hashtext(b.id::text)) & 1023) % $2),
              1 + (l % 4), (50 + (l * 37) % 900)::numeric + 0.5, (ARRAY['IN_STORE','ONLINE'])[1 + l % 2], 'APPROVED', b.decided_at, 10
         FROM bench_batch b CROSS JOIN generate_series(1, $1) AS l`,
      [lines, products.n],
    );
    await sql.query(
      `INSERT INTO domain_events (type, occurred_at, partner_id, user_id, subject_id, payload)
       SELECT 'DECLARATION_APPROVED', b.decided_at, b.partner_id, b.user_id, b.id,
              jsonb_build_object('declarationId', b.id, 'countedOn', to_char(b.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
                'lines', (SELECT jsonb_agg(jsonb_build_object('productId', l.product_id, 'category', coalesce(p.category, ''), 'quantity', l.quantity, 'amount', l.amount::text) ORDER BY l.position)
                            FROM declaration_lines l JOIN products p ON p.id = l.product_id WHERE l.declaration_id = b.id))
         FROM bench_batch b ORDER BY b.decided_at`,
    );
    await sql.query('COMMIT');
  }
}

/** Numbered helper tables the generators draw from (random-but-repeatable picks by number). */
export async function prepareDraws(sql) {
  await sql.query(`CREATE TABLE bench_users AS SELECT row_number() OVER (ORDER BY id) AS n, id, partner_id FROM users WHERE email LIKE '%@bench.test'`);
  await sql.query('CREATE UNIQUE INDEX ON bench_users (n)');
  await sql.query(`CREATE TABLE bench_products AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM products WHERE active`);
  await sql.query('CREATE UNIQUE INDEX ON bench_products (n)');
}

/**
 * How long the API's activity worker takes over the domain events pending now: { events, seconds },
 * from the first batch it claims to the last one (polling the count every `pollMs`).
 */
export async function processActivity(sql, pollMs = 100) {
  const remaining = async () => (await sql.query('SELECT count(*)::int AS n FROM domain_events WHERE processed_at IS NULL')).rows[0].n;
  const pending = await remaining();
  // The worker may have kept up while the data was written: nothing left to time.
  if (pending === 0) return { events: 0, seconds: 0 };
  while ((await remaining()) === pending) await sleep(20);
  const started = performance.now() - 20;
  while ((await remaining()) > 0) await sleep(pollMs);
  return { events: pending, seconds: (performance.now() - started) / 1000 };
}

/** BENCH_TRACE=1: each statement's time on stderr (which of the seed's statements is slow). */
function traced(sql) {
  return {
    query: async (text, params) => {
      const t0 = performance.now();
      const result = await sql.query(text, params);
      process.stderr.write(`${(performance.now() - t0).toFixed(0).padStart(7)} ms  ${text.replace(/\s+/g, ' ').slice(0, 90)}\n`);
      return result;
    },
  };
}

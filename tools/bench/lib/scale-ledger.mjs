// The points ledger of one chunk of declarations (the bench_batch and bench_lines tables of
// declaration-mix.mjs), shaped as the API writes it: one credit per approved line into the
// declarant's wallet (or the partner's, as programme_settings says), keyed `declaration-line:<lineId>`,
// pending for the return window, each with its lot expiring after pointsExpiryMonths; then what
// happens to the points: reversals of reversed declarations (a REVERSAL entry correcting each
// credit), redemptions of reward orders, a few adjustments both ways, and the expiry of lots left
// past their date (as the expiry job writes it). Lots are written in their final state, so what a
// wallet's lots have left is the sum of its entries. Every insert goes through the points rollup
// trigger on ledger_entries, as the API's writes do.
import { PAID } from './declaration-mix.mjs';

/** Must run inside the chunk's transaction, after seedDeclarationMix. */
export async function seedLedgerMix(sql, { reviewerId, recipient, returnWindowDays, expiryMonths }) {
  const owner = recipient === 'PARTNER' ? `'PARTNER'` : `'USER'`;
  const ownerId = recipient === 'PARTNER' ? 'b.partner_id' : 'b.user_id';
  await sql.query(
    `INSERT INTO ledger_accounts (owner_type, owner_id, created_at)
     SELECT ${owner}, ${ownerId}, min(b.decided_at) FROM bench_batch b WHERE b.status IN ${PAID} GROUP BY 2 ON CONFLICT (owner_type, owner_id) DO NOTHING`,
  );
  // What becomes of each paid declaration's points: redeemed in one reward order (55 %), taken back by
  // a negative adjustment (2 %), else kept until they expire; plus a goodwill gesture on 1 % of them.
  await sql.query(
    `CREATE TEMP TABLE bench_credits ON COMMIT DROP AS
     WITH credits AS (
       SELECT gen_random_uuid() AS entry_id, a.id AS account_id, 'DECLARATION_APPROVED' AS kind, l.id AS line_id, b.id AS declaration_id, b.user_id,
              l.points_awarded AS amount, b.decided_at AS created_at, b.reversed_at,
              CASE WHEN $1::int > 0 THEN b.decided_at + make_interval(days => $1::int) END AS confirm_at,
              b.decided_at + make_interval(months => $2::int) AS expires_at,
              CASE WHEN b.reversed_at IS NULL AND b.r_fate < 0.55 THEN b.decided_at + make_interval(days => $1::int + 7) + b.r_x * interval '200 days' END AS redeemed_at,
              CASE WHEN b.reversed_at IS NULL AND b.r_fate >= 0.55 AND b.r_fate < 0.57 THEN b.decided_at + make_interval(days => $1::int + 1) + b.r_x * interval '90 days' END AS adjusted_at
         FROM bench_batch b
         JOIN bench_lines l ON l.declaration_id = b.id AND l.status = 'APPROVED'
         JOIN ledger_accounts a ON a.owner_type = ${owner} AND a.owner_id = ${ownerId}
        WHERE b.status IN ${PAID}
       UNION ALL
       SELECT gen_random_uuid(), a.id, 'MANUAL_ADJUSTMENT', NULL, b.id, b.user_id, 100, least(b.decided_at + interval '1 day', now()), NULL, NULL,
              least(b.decided_at + interval '1 day', now()) + make_interval(months => $2::int), NULL, NULL
         FROM bench_batch b JOIN ledger_accounts a ON a.owner_type = ${owner} AND a.owner_id = ${ownerId}
        WHERE b.status IN ('APPROVED', 'PARTIALLY_APPROVED') AND b.r_fate >= 0.57 AND b.r_fate < 0.58)
     SELECT *,
            -- A redemption or an adjustment after the lot expired, or still to come, did not happen.
            CASE WHEN redeemed_at < least(expires_at, now()) THEN redeemed_at END AS redeemed,
            CASE WHEN adjusted_at < least(expires_at, now()) THEN adjusted_at END AS adjusted
       FROM credits`,
    [returnWindowDays, expiryMonths],
  );
  await sql.query(
    `ALTER TABLE bench_credits ADD COLUMN lot_id uuid NOT NULL DEFAULT gen_random_uuid(),
       ADD COLUMN expired boolean NOT NULL DEFAULT false`,
  );
  await sql.query(`UPDATE bench_credits SET expired = reversed_at IS NULL AND redeemed IS NULL AND adjusted IS NULL AND expires_at <= now()`);
  // Temporary tables are never analysed on their own; without it the joins below may scan whole tables.
  await sql.query('ANALYZE bench_credits');
  await sql.query(
    `INSERT INTO ledger_entries (id, account_id, amount, kind, source_type, source_id, idempotency_key, author_id, reason, status, confirm_at, created_at)
     SELECT entry_id, account_id, amount, kind,
            CASE WHEN line_id IS NULL THEN 'ADJUSTMENT' ELSE 'DECLARATION' END,
            CASE WHEN line_id IS NULL THEN entry_id::text ELSE declaration_id::text END,
            CASE WHEN line_id IS NULL THEN 'adjustment:' || entry_id ELSE 'declaration-line:' || line_id END,
            $1::uuid, CASE WHEN line_id IS NULL THEN 'Goodwill gesture' END,
            CASE WHEN confirm_at IS NULL THEN 'CONFIRMED' ELSE 'PENDING' END, confirm_at, created_at
       FROM bench_credits ORDER BY created_at`,
    [reviewerId],
  );
  await sql.query(
    `INSERT INTO ledger_lots (id, account_id, entry_id, amount, remaining, status, confirm_at, expires_at, expired, expired_at, created_at)
     SELECT lot_id, account_id, entry_id, amount,
            CASE WHEN reversed_at IS NOT NULL OR redeemed IS NOT NULL OR adjusted IS NOT NULL OR expired THEN 0 ELSE amount END,
            CASE WHEN confirm_at > now() THEN 'PENDING' ELSE 'AVAILABLE' END, confirm_at, expires_at,
            CASE WHEN expired THEN amount ELSE 0 END, CASE WHEN expired THEN expires_at END, created_at
       FROM bench_credits`,
  );
  // Reversals (each credit of a reversed declaration corrected by its own entry, its lot unspent),
  // redemptions (one reward order spending a declaration's lots whole), negative adjustments, expiries.
  await sql.query(
    `INSERT INTO ledger_entries (account_id, amount, kind, source_type, source_id, idempotency_key, corrects_entry_id, author_id, reason, status, created_at)
     SELECT account_id, -amount, 'REVERSAL', 'DECLARATION', declaration_id::text, 'declaration-reversal:' || declaration_id || ':' || entry_id, entry_id,
            $1::uuid, 'Sale cancelled by the customer.', 'CONFIRMED', reversed_at
       FROM bench_credits WHERE reversed_at IS NOT NULL
     UNION ALL
     SELECT account_id, -sum(amount)::int, 'REDEMPTION', 'REWARD_ORDER', o, 'redemption:' || user_id || ':' || o, NULL, user_id, NULL, 'CONFIRMED', redeemed
       FROM (SELECT *, md5(declaration_id::text || 'order')::uuid::text AS o FROM bench_credits WHERE redeemed IS NOT NULL) c
      GROUP BY account_id, o, user_id, redeemed
     UNION ALL
     SELECT account_id, -sum(amount)::int, 'MANUAL_ADJUSTMENT', 'ADJUSTMENT', k, 'adjustment:' || k, NULL, $1::uuid, 'Points taken back after an audit', 'CONFIRMED', adjusted
       FROM (SELECT *, md5(declaration_id::text || 'adjust')::uuid::text AS k FROM bench_credits WHERE adjusted IS NOT NULL) c
      GROUP BY account_id, k, adjusted
     UNION ALL
     SELECT account_id, -amount, 'EXPIRY', 'LOT', lot_id::text, 'expiry:' || lot_id, NULL, NULL, NULL, 'CONFIRMED', expires_at
       FROM bench_credits WHERE expired`,
    [reviewerId],
  );
}

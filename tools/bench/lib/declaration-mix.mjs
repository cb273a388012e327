// One chunk of declarations as a running programme has them, for the dashboards bench: mostly
// approved, some partly approved, rejected, reversed, withdrawn, still to decide or waiting for
// information (with the timeline steps the API writes), decisions from minutes to days after the
// submission, flags (more often on rejected ones), customer feedback skewed to good ratings, and the
// domain events of approvals and reversals left for the API's activity worker. The ledger of their
// points is written by scale-ledger.mjs from the same batch table.

/** Shares of the outcomes, cumulated in this order (the rest is APPROVED). */
const OUTCOMES = [
  ['SUBMITTED', 0.05],
  ['NEEDS_INFO', 0.03],
  ['WITHDRAWN', 0.02],
  ['REJECTED', 0.07],
  ['PARTIALLY_APPROVED', 0.08],
  ['REVERSED', 0.03],
];
const outcomeCase = () => {
  let cumulated = 0;
  const branches = OUTCOMES.map(([status, share]) => `WHEN r_outcome < ${(cumulated += share).toFixed(4)} THEN '${status}'`);
  return `CASE ${branches.join(' ')} ELSE 'APPROVED' END`;
};
/** Statuses whose lines were decided, and of those the ones with approved lines (that paid points). */
export const DECIDED = `('APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'REVERSED')`;
export const PAID = `('APPROVED', 'PARTIALLY_APPROVED', 'REVERSED')`;

const FLAGS = `(ARRAY['NEAR_DUPLICATE','NEAR_DUPLICATE','NEAR_DUPLICATE','OUTLIER','OUTLIER','OUTLIER','DUPLICATE_INVOICE','DUPLICATE_SERIAL','NOT_ELIGIBLE_WINDOW','DUPLICATE_PROOF'])`;
const SEVERITY = `CASE WHEN code IN ('NEAR_DUPLICATE', 'OUTLIER') THEN 'MEDIUM' ELSE 'HIGH' END`;
const GOOD_TAGS = `(ARRAY['quality','fast-delivery','advice','easy-installation','price','availability'])`;
const BAD_TAGS = `(ARRAY['late-delivery','price','installation-issue','out-of-stock','after-sales','documentation'])`;
const GOOD_COMMENTS = `(ARRAY['Customer very satisfied with the installation.','Client ravi, installation rapide.','Good value, will order again.','Delivered on time, no issue.','Très bon conseil en magasin.'])`;
const BAD_COMMENTS = `(ARRAY['Delivery two weeks late.','Produit en rupture, client mécontent.','Installation manual unclear.','Price higher than online.','SAV difficile à joindre.'])`;

/**
 * Writes `count` declarations of `lines` lines into the bench_batch temporary table (dropped at
 * commit) and then into the declarations tables. Decided ones are spread over the last `days` days;
 * those still open were submitted in the last weeks. `reviewerId` decides, requests information and
 * reverses. Must run inside a transaction.
 */
export async function seedDeclarationMix(sql, { count, lines, days, start, users, products, reviewerId }) {
  await sql.query(
    `CREATE TEMP TABLE bench_batch ON COMMIT DROP AS
     WITH picks AS (
       SELECT gen_random_uuid() AS id, u.id AS user_id, u.partner_id, random() AS r_outcome, random() AS r_time, random() AS r_delay,
              random() AS r_info, random() AS r_flag, random() AS r_fb, random() AS r_tag, random() AS r_fate, random() AS r_x
         FROM generate_series(1, $1) AS g
         JOIN LATERAL (SELECT id, partner_id FROM bench_users WHERE n = 1 + ((g + $4)::bigint * 7919) % $2) AS u ON true),
     kinds AS (
       -- Time to decide: log-uniform from 5 minutes to 10 days (median about 4.5 hours).
       SELECT *, ${outcomeCase()} AS status, exp(ln(300) + r_delay * ln(864000.0 / 300)) * interval '1 second' AS delay FROM picks),
     timed AS (
       SELECT *,
              CASE WHEN status IN ${DECIDED} THEN now() - r_time * $3 * interval '1 day' END AS decided_at,
              CASE WHEN status IN ${DECIDED} THEN now() - r_time * $3 * interval '1 day' - delay
                   WHEN status = 'SUBMITTED' THEN now() - r_time * interval '10 days'
                   WHEN status = 'NEEDS_INFO' THEN now() - interval '1 hour' - r_time * interval '30 days'
                   ELSE now() - interval '1 day' - r_time * $3 * interval '1 day' END AS submitted_at,
              status = 'NEEDS_INFO' OR (status <> 'SUBMITTED' AND r_info < 0.08) AS had_info
         FROM kinds)
     SELECT t.*,
            CASE WHEN status = 'NEEDS_INFO' THEN least(submitted_at + delay / 2, now() - interval '1 minute')
                 WHEN had_info THEN submitted_at - interval '1 hour' - r_x * interval '3 days' END AS info_at,
            CASE WHEN had_info AND status <> 'NEEDS_INFO' THEN submitted_at - interval '1 hour' - r_x * interval '3 days' - delay / 3 END AS first_submitted_at,
            CASE WHEN status = 'REVERSED' THEN least(decided_at + interval '1 day' + r_x * interval '60 days', now()) END AS reversed_at,
            CASE WHEN status = 'WITHDRAWN' THEN least(submitted_at + delay, now()) END AS withdrawn_at,
            -- Flags: on about 6 % of declarations, and on half the rejected ones.
            CASE WHEN r_flag < 0.06 OR (status = 'REJECTED' AND r_flag < 0.5) THEN ${FLAGS}[1 + floor(r_x * 10)::int] END AS flag,
            CASE WHEN r_fb < 0.35 THEN CASE WHEN r_tag < 0.04 THEN 1 WHEN r_tag < 0.10 THEN 2 WHEN r_tag < 0.25 THEN 3 WHEN r_tag < 0.60 THEN 4 ELSE 5 END END AS rating
       FROM timed t`,
    [count, users, days, start],
  );
  // Temporary tables are never analysed on their own; without it the joins below scan whole tables.
  await sql.query('ANALYZE bench_batch');
  await sql.query(
    `INSERT INTO declarations (id, partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at, decided_at, risk_score,
                               feedback_rating, feedback_tags, feedback_comment, created_at, updated_at)
     SELECT id, partner_id, user_id, status, (coalesce(first_submitted_at, submitted_at) - r_x * interval '10 days')::date, 'EUR',
            (SELECT sum((50 + (l * 37) % 900)::numeric + 0.5) FROM generate_series(1, $1) AS l), submitted_at, decided_at,
            CASE WHEN flag IN ('NEAR_DUPLICATE', 'OUTLIER') THEN 20 WHEN flag IS NOT NULL THEN 40 ELSE 0 END,
            rating,
            CASE WHEN rating IS NULL THEN '{}'::text[]
                 WHEN rating >= 4 THEN array_remove(ARRAY[${GOOD_TAGS}[1 + floor(r_x * 6)::int], CASE WHEN r_fate < 0.4 AND floor(r_fate * 15) <> floor(r_x * 6) THEN ${GOOD_TAGS}[1 + floor(r_fate * 15)::int] END], NULL)
                 WHEN rating = 3 THEN ARRAY[(ARRAY['price','availability','documentation'])[1 + floor(r_x * 3)::int]]
                 ELSE array_remove(ARRAY[${BAD_TAGS}[1 + floor(r_x * 6)::int], CASE WHEN r_fate < 0.4 AND floor(r_fate * 15) <> floor(r_x * 6) THEN ${BAD_TAGS}[1 + floor(r_fate * 15)::int] END], NULL) END,
            CASE WHEN rating IS NOT NULL AND r_fb < 0.1 THEN (CASE WHEN rating >= 3 THEN ${GOOD_COMMENTS} ELSE ${BAD_COMMENTS} END)[1 + floor(r_fb * 50)::int] END,
            coalesce(first_submitted_at, submitted_at) - interval '10 minutes',
            coalesce(reversed_at, withdrawn_at, decided_at, info_at, submitted_at)
       FROM bench_batch`,
    [lines],
  );
  // Lines: a partly approved declaration has one line in three rejected; points 5 per unit approved.
  // Kept in bench_lines for the events and the ledger (declaration_lines' statistics lag behind its growth).
  await sql.query(
    `CREATE TEMP TABLE bench_lines ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, b.id AS declaration_id, l AS position, pr.id AS product_id, coalesce(pr.category, '') AS category,
            1 + (l % 4) AS quantity, ((50 + (l * 37) % 900)::numeric + 0.5)::numeric(14, 2) AS amount, (ARRAY['IN_STORE','ONLINE'])[1 + l % 2] AS channel, s.status,
            CASE WHEN s.status = 'REJECTED' THEN (ARRAY['DUPLICATE','NOT_ELIGIBLE','MISSING_PROOF','WRONG_AMOUNT','WRONG_PRODUCT','OTHER'])[1 + (l + floor(b.r_x * 6)::int) % 6] END AS reject_reason_code,
            b.decided_at, CASE WHEN b.decided_at IS NOT NULL THEN $3::uuid END AS decided_by_id, CASE WHEN s.status = 'APPROVED' THEN 5 * (1 + (l % 4)) END AS points_awarded
       FROM bench_batch b CROSS JOIN generate_series(1, $1) AS l
       JOIN bench_products bp ON bp.n = 1 + ((l + hashtext(b.id::text)) & 1023) % $2
       JOIN products pr ON pr.id = bp.id,
            LATERAL (SELECT CASE WHEN b.status IN ('APPROVED', 'REVERSED') THEN 'APPROVED' WHEN b.status = 'REJECTED' THEN 'REJECTED'
                                 WHEN b.status = 'PARTIALLY_APPROVED' THEN CASE WHEN l % 3 = 2 THEN 'REJECTED' ELSE 'APPROVED' END
                                 ELSE 'PENDING' END AS status) s`,
    [lines, products, reviewerId],
  );
  await sql.query('ANALYZE bench_lines');
  await sql.query(
    `INSERT INTO declaration_lines (id, declaration_id, position, product_id, quantity, amount, channel, status, reject_reason_code, decided_at, decided_by_id, points_awarded)
     SELECT id, declaration_id, position, product_id, quantity, amount, channel, status, reject_reason_code, decided_at, decided_by_id, points_awarded FROM bench_lines`,
  );
  // The timeline as the API writes it: submission(s), information requested, the decision, a reversal, a withdrawal.
  await sql.query(
    `INSERT INTO declaration_events (declaration_id, author_id, action, from_status, to_status, message, created_at)
     SELECT id, author, action, from_status, to_status, message, at FROM (
       SELECT id, user_id AS author, 'SUBMITTED' AS action, 'DRAFT' AS from_status, 'SUBMITTED' AS to_status, NULL AS message, coalesce(first_submitted_at, submitted_at) AS at FROM bench_batch
       UNION ALL SELECT id, $1::uuid, 'INFO_REQUESTED', 'SUBMITTED', 'NEEDS_INFO', 'Please attach the invoice.', info_at FROM bench_batch WHERE had_info
       UNION ALL SELECT id, user_id, 'SUBMITTED', 'NEEDS_INFO', 'SUBMITTED', NULL, submitted_at FROM bench_batch WHERE first_submitted_at IS NOT NULL
       UNION ALL SELECT id, $1::uuid, 'LINES_DECIDED', 'SUBMITTED', CASE WHEN status = 'REVERSED' THEN 'APPROVED' ELSE status END, NULL, decided_at FROM bench_batch WHERE decided_at IS NOT NULL
       UNION ALL SELECT id, $1::uuid, 'REVERSED', 'APPROVED', 'REVERSED', 'Sale cancelled by the customer.', reversed_at FROM bench_batch WHERE reversed_at IS NOT NULL
       UNION ALL SELECT id, user_id, 'WITHDRAWN', 'SUBMITTED', 'WITHDRAWN', NULL, withdrawn_at FROM bench_batch WHERE withdrawn_at IS NOT NULL) steps
      ORDER BY at`,
    [reviewerId],
  );
  await sql.query(
    `INSERT INTO declaration_flags (declaration_id, code, severity, created_at)
     SELECT id, code, ${SEVERITY}, submitted_at FROM (
       SELECT id, flag AS code, submitted_at FROM bench_batch WHERE flag IS NOT NULL
       UNION ALL SELECT id, 'OUTLIER', submitted_at FROM bench_batch WHERE flag IS NOT NULL AND flag <> 'OUTLIER' AND r_flag < 0.01) f`,
  );
  // The activity worker's input: an approval's approved lines (counted on the day of the decision), and a reversal taking them back.
  await sql.query(
    `WITH paid AS (
       SELECT b.id, b.partner_id, b.user_id, b.decided_at, b.reversed_at,
              jsonb_agg(jsonb_build_object('productId', l.product_id, 'category', l.category, 'quantity', l.quantity, 'amount', l.amount::text) ORDER BY l.position) AS lines
         FROM bench_batch b JOIN bench_lines l ON l.declaration_id = b.id AND l.status = 'APPROVED'
        WHERE b.status IN ${PAID} GROUP BY b.id, b.partner_id, b.user_id, b.decided_at, b.reversed_at)
     INSERT INTO domain_events (type, occurred_at, partner_id, user_id, subject_id, payload)
     SELECT type, at, partner_id, user_id, id, jsonb_build_object('declarationId', id, 'countedOn', to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), 'lines', lines)
       FROM (SELECT 'DECLARATION_APPROVED' AS type, decided_at AS at, * FROM paid
             UNION ALL SELECT 'DECLARATION_REVERSED', reversed_at, * FROM paid WHERE reversed_at IS NOT NULL) e
      ORDER BY at`,
  );
}

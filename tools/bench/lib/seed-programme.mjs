// The programme around the sales for the stage funnel and challenge results benchmarks, written
// straight into PostgreSQL by set-based statements (the API would take hours at 100,000 partners):
// when the BENCH-* partners joined, the stages they completed, and challenges over the period with
// every participant's score, their leagues and the prizes settlement paid. Deterministic: every draw
// is a hash of the row's id, so two seeds of the same network give the same figures.

const BENCH = `p.code LIKE 'BENCH-%'`;
/** A draw in [0, modulo) from a row's id and a salt. */
const draw = (salt, id, modulo) => `(abs(hashtext('${salt}' || ${id}::text)) % ${modulo})`;

/**
 * Partners joined over the three years before the last month (a network created in one statement
 * would all have joined today, leaving nobody in scope at the end of a previous period).
 */
async function joinDates(sql) {
  await sql.query(
    `UPDATE partners p SET created_at = now() - make_interval(days => 30 + ${draw('joined', 'p.id', 1065)})
      WHERE ${BENCH} AND p.created_at > now() - interval '2 days'`,
  );
}

/**
 * Stages completed in order (85 % Integration, 60 % Enablement, 35 % Motivation, 15 % Growth of the
 * partners), each some weeks to months after the one before, none in the future. The triggers of
 * migration StageDatesRollup fill partner_stage_dates; partners.stage follows as StageEvaluation keeps it.
 */
async function stages(sql) {
  await sql.query(
    `WITH p AS (
       SELECT p.id, p.created_at, ${draw('reach', 'p.id', 100)} AS reach,
              7 + ${draw('s1', 'p.id', 60)} AS d1, 14 + ${draw('s2', 'p.id', 120)} AS d2, 30 + ${draw('s3', 'p.id', 150)} AS d3, 30 + ${draw('s4', 'p.id', 200)} AS d4
         FROM partners p WHERE ${BENCH}),
     steps AS (
       SELECT id, 'INTEGRATION' AS stage, created_at + make_interval(days => d1) AS at FROM p WHERE reach < 85
       UNION ALL SELECT id, 'ENABLEMENT', created_at + make_interval(days => d1 + d2) FROM p WHERE reach < 60
       UNION ALL SELECT id, 'MOTIVATION', created_at + make_interval(days => d1 + d2 + d3) FROM p WHERE reach < 35
       UNION ALL SELECT id, 'GROWTH', created_at + make_interval(days => d1 + d2 + d3 + d4) FROM p WHERE reach < 15)
     INSERT INTO stage_completions (partner_id, stage, completed_at)
     SELECT id, stage, at FROM steps WHERE at < now() ORDER BY id, at
     ON CONFLICT ON CONSTRAINT "UQ_stage_completions_partner_stage" DO NOTHING`,
  );
  // The first stage not completed (stages complete in order), the last one once all are.
  await sql.query(
    `UPDATE partners p SET stage = CASE WHEN d.growth_at IS NOT NULL OR d.motivation_at IS NOT NULL THEN 'GROWTH' WHEN d.enablement_at IS NOT NULL THEN 'MOTIVATION'
                                        WHEN d.integration_at IS NOT NULL THEN 'ENABLEMENT' ELSE 'INTEGRATION' END
       FROM partner_stage_dates d WHERE d.partner_id = p.id AND ${BENCH}`,
  );
}

/**
 * A challenge starting every two months over `days` days and lasting six weeks (the last one live
 * now), TEAM and INDIVIDUAL in turn, one in three with regional leagues; every BENCH-* partner (or
 * user) takes part as the lifecycle's go-live adds them, a third of them scoring. The ended ones are
 * settled: 1,000, 500 and 250 points to the first three of each league, as CHALLENGE_PRIZE entries
 * of the ledger (the points rollup's trigger takes them).
 */
async function challenges(sql, days) {
  const {
    rows: [admin],
  } = await sql.query(`SELECT id FROM users WHERE role = 'BRAND_ADMIN' ORDER BY created_at LIMIT 1`);
  const { rows: created } = await sql.query(
    `INSERT INTO challenges (title, rules, metric, kind, starts_at, ends_at, prize_mode, prizes, league_by, status, created_by_id, settled_at)
     SELECT jsonb_build_object('en', 'Bench challenge ' || k, 'fr', 'Challenge de banc ' || k), '{"en": "Sell the most units.", "fr": "Vendez le plus d''unités."}',
            'UNITS_SOLD', CASE WHEN k % 2 = 0 THEN 'TEAM' ELSE 'INDIVIDUAL' END, s.starts_at, s.starts_at + interval '42 days', 'RANK',
            '[{"rank": 1, "points": 1000}, {"rank": 2, "points": 500}, {"rank": 3, "points": 250}]', CASE WHEN k % 3 = 0 THEN 'REGION' ELSE 'NONE' END,
            CASE WHEN s.starts_at + interval '42 days' <= now() THEN 'SETTLED' ELSE 'LIVE' END, $2,
            CASE WHEN s.starts_at + interval '42 days' <= now() THEN s.starts_at + interval '43 days' END
       FROM generate_series(0, $1::int / 60) AS k
      CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - make_interval(days => $1::int - 60 * k) AS starts_at) s
     RETURNING id, kind, league_by, starts_at, status`,
    [days - 10, admin.id],
  );
  for (const c of created) {
    const league = c.league_by === 'REGION' ? `coalesce(p.region, '')` : `''`;
    const [participant, from] = c.kind === 'TEAM' ? ['p.id', 'partners p'] : ['u.id', `partners p JOIN users u ON u.partner_id = p.id AND u.status <> 'DEACTIVATED'`];
    await sql.query(
      `INSERT INTO challenge_scores (challenge_id, participant_id, partner_id, league, score, reached_at)
       SELECT $1::uuid, ${participant}, p.id, ${league},
              CASE WHEN ${draw('active', `$1::text || ${participant}`, 3)} = 0 THEN 1 + ${draw('score', `$1::text || ${participant}`, 400)} ELSE 0 END,
              $2::timestamptz + make_interval(mins => ${draw('reached', `$1::text || ${participant}`, 60 * 24 * 42)})
         FROM ${from} WHERE ${BENCH} AND p.status <> 'SUSPENDED' ORDER BY 2`,
      [c.id, c.starts_at],
    );
    await sql.query(`INSERT INTO challenge_leagues (challenge_id, league, participants) SELECT challenge_id, league, count(*) FROM challenge_scores WHERE challenge_id = $1 GROUP BY 1, 2`, [c.id]);
    if (c.status !== 'SETTLED') continue;
    const ownerType = c.kind === 'TEAM' ? 'PARTNER' : 'USER';
    const winners = `SELECT participant_id, rank FROM (
        SELECT participant_id, row_number() OVER (PARTITION BY league ORDER BY score DESC, reached_at, participant_id) AS rank
          FROM challenge_scores WHERE challenge_id = $1) r WHERE rank <= 3`;
    await sql.query(`INSERT INTO ledger_accounts (owner_type, owner_id) SELECT $2, participant_id FROM (${winners}) w ON CONFLICT (owner_type, owner_id) DO NOTHING`, [c.id, ownerType]);
    await sql.query(
      `INSERT INTO ledger_entries (account_id, amount, kind, source_type, source_id, idempotency_key, created_at)
       SELECT a.id, (ARRAY[1000, 500, 250])[w.rank], 'CHALLENGE_PRIZE', 'CHALLENGE', $1::text, 'challenge:' || $1 || ':' || w.participant_id, c.settled_at
         FROM (${winners}) w JOIN ledger_accounts a ON a.owner_type = $2 AND a.owner_id = w.participant_id JOIN challenges c ON c.id = $1`,
      [c.id, ownerType],
    );
  }
  return created.length;
}

/** Fills the programme for the BENCH-* partners; answers what it wrote. */
export async function seedProgramme(sql, { days = 730, log = () => undefined } = {}) {
  await joinDates(sql);
  await stages(sql);
  log('programme: join dates and stage completions written');
  const count = await challenges(sql, days);
  const {
    rows: [figures],
  } = await sql.query(
    `SELECT (SELECT count(*) FROM stage_completions)::int AS completions, (SELECT count(*) FROM challenge_scores)::int AS scores,
            (SELECT count(*) FROM ledger_entries WHERE kind = 'CHALLENGE_PRIZE')::int AS prizes`,
  );
  log(`programme: ${count} challenges, ${figures.scores} scores, ${figures.prizes} prizes, ${figures.completions} stage completions`);
  return { challenges: count, ...figures };
}

// Leaderboard benchmark at scale (issue 5): a network of partners' users (100,000 by default) and
// approved declaration lines (5 million by default) written straight into PostgreSQL with the
// domain events of their approvals; a live individual challenge on units sold over the year; the
// API's activity worker turns the events into metrics and challenge scores (timed twice: the whole
// history, in which every partner also completes its stages, and then, once it is in, a further
// twentieth of approvals — the steady rate, with every listener running). Then, in the same run:
//   - the leaderboard as the portal reads it: GraphQL `challengeLeaderboard` (a page of 20 and the
//     viewer's own rank and gap) for random viewers, and its SQL alone (LEADERBOARD_SQL);
//   - the baseline: the same page and own rank aggregated directly from the declaration lines.
// Writes bench-results/leaderboard-<time>.json with p50/p95 and the ratio baseline / leaderboard.
//
//   npm run build && node tools/bench/leaderboard.mjs [--partners 10000] [--users-per-partner 10]
//     [--declarations 250000] [--lines 20] [--reads 500] [--baseline-reads 10]
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import pg from 'pg';

import { sleep } from '../scripts/lib/processes.mjs';
import { pool, run, summary, withBenchApi, writeResult } from './lib/bench-api.mjs';
import { prepareDraws, processActivity, seedDeclarations, seedNetwork } from './lib/scale-data.mjs';

const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '10000' },
    'users-per-partner': { type: 'string', default: '10' },
    declarations: { type: 'string', default: '250000' },
    lines: { type: 'string', default: '20' },
    reads: { type: 'string', default: '500' },
    'baseline-reads': { type: 'string', default: '10' },
  },
});
const PARTNERS = Number(values.partners);
const USERS_PER_PARTNER = Number(values['users-per-partner']);
const DECLARATIONS = Number(values.declarations);
const LINES = Number(values.lines);
const READS = Number(values.reads);
const BASELINE_READS = Number(values['baseline-reads']);
const VIEWERS = 100;
const PAGE = 20;

const LEADERBOARD = `query($id: ID!, $page: PageInput) {
  challengeLeaderboard(challengeId: $id, page: $page) {
    total rows { rank displayName score isViewer } viewer { row { rank score } gapToNext }
  }
}`;

// The same standings computed from the lines: units of approved lines per declarer over the window.
const AGGREGATED = `SELECT d.declared_by_id AS participant_id, sum(l.quantity) AS score, max(d.decided_at) AS reached_at
  FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id
 WHERE l.status = 'APPROVED' AND d.status IN ('APPROVED', 'PARTIALLY_APPROVED') AND d.decided_at BETWEEN $1 AND $2
 GROUP BY d.declared_by_id`;
const BASELINE = {
  page: `SELECT * FROM (${AGGREGATED}) s ORDER BY score DESC, reached_at, participant_id LIMIT ${PAGE}`,
  own: `WITH s AS (${AGGREGATED}), me AS (SELECT * FROM s WHERE participant_id = $3)
        SELECT me.score, (SELECT count(*) FROM s WHERE s.score > me.score OR (s.score = me.score AND (s.reached_at, s.participant_id) < (me.reached_at, me.participant_id))) AS ahead
          FROM me`,
};

async function timed(task) {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

run(() =>
  withBenchApi(
    async ({ gql, signIn, databaseUrl }) => {
      const sql = new pg.Client({ connectionString: databaseUrl });
      await sql.connect();
      // The API stops (and its database with it) before this client would notice on its own.
      sql.on('error', () => undefined);
      // The API's own statements, from its build, so the SQL timings are of exactly what it runs.
      // eslint-disable-next-line @nx/enforce-module-boundaries
      const { LEADERBOARD_SQL } = await import('../../dist/apps/api/apps/api/src/modules/challenges/leaderboard.service.js');
      const admin = await signIn('admin@relais.demo');
      const { rows: [demo] } = await sql.query("SELECT password_hash FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");

      let started = performance.now();
      await seedNetwork(sql, { partners: PARTNERS, usersPerPartner: USERS_PER_PARTNER, passwordHash: demo.password_hash });
      await prepareDraws(sql);
      const networkSeconds = (performance.now() - started) / 1000;

      // A challenge over the last year; created for the future (the API refuses a past start), then
      // moved back so that it goes live now with every bench user as a participant.
      const windowStart = new Date(Date.now() - 366 * 86_400_000);
      const windowEnd = new Date(Date.now() + 30 * 86_400_000);
      const input = {
        title: { en: 'Bench challenge', fr: 'Challenge de mesure' },
        rules: { en: 'Units sold over the year.', fr: 'Unités vendues sur l’année.' },
        metric: 'UNITS_SOLD',
        kind: 'INDIVIDUAL',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: windowEnd.toISOString(),
        prizeMode: 'RANK',
        prizes: [{ rank: 1, points: 1000 }],
      };
      const created = await gql('mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }', { i: input }, admin);
      const challengeId = created.data.createChallenge.id;
      await gql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id: challengeId }, admin);
      await sql.query('UPDATE challenges SET starts_at = $2 WHERE id = $1', [challengeId, windowStart]);
      while ((await sql.query('SELECT status FROM challenges WHERE id = $1', [challengeId])).rows[0].status !== 'LIVE') await sleep(200);
      const { rows: [participants] } = await sql.query('SELECT count(*)::int AS n FROM challenge_scores WHERE challenge_id = $1', [challengeId]);

      started = performance.now();
      await seedDeclarations(sql, { declarations: DECLARATIONS, lines: LINES, days: 365 });
      const declarationsSeconds = (performance.now() - started) / 1000;
      await sql.query('ANALYZE');

      // Event processing at scale: from the first batch claimed to the last one.
      const { events: pending, seconds: processingSeconds } = await processActivity(sql);
      // What autovacuum does on a live database: the index-only scans of the board need the visibility map.
      await sql.query('VACUUM ANALYZE');

      // Steady state: once the history is in (every partner through its stages, every score on the
      // board), the rate at which new approvals are processed.
      const steadyDeclarations = Math.max(1000, Math.round(DECLARATIONS / 20));
      await seedDeclarations(sql, { declarations: steadyDeclarations, lines: LINES, days: 2 });
      const { events: steadyPending, seconds: steadySeconds } = await processActivity(sql);
      await sql.query('VACUUM ANALYZE');

      const { rows: viewers } = await sql.query(`SELECT email, id FROM users WHERE email LIKE '%@bench.test' ORDER BY md5(id::text) LIMIT ${VIEWERS}`);
      const tokens = [];
      await pool(viewers.length, 4, async (i) => {
        tokens[i] = await signIn(viewers[i].email);
      });

      // Warm-up, then the leaderboard as the portal reads it.
      for (let i = 0; i < 50; i++) await gql(LEADERBOARD, { id: challengeId, page: { limit: PAGE } }, tokens[i % tokens.length]);
      const graphqlMs = [];
      for (let i = 0; i < READS; i++) {
        const { ms, data } = await gql(LEADERBOARD, { id: challengeId, page: { limit: PAGE } }, tokens[i % tokens.length]);
        if (!data.challengeLeaderboard.viewer) throw new Error('A viewer without their own rank');
        graphqlMs.push(ms);
      }
      const sqlMs = [];
      for (let i = 0; i < READS; i++) {
        const viewer = viewers[i % viewers.length].id;
        sqlMs.push(
          await timed(async () => {
            await sql.query(LEADERBOARD_SQL.page, [challengeId, '', 0, PAGE]);
            await sql.query(LEADERBOARD_SQL.total, [challengeId, '']);
            await sql.query(LEADERBOARD_SQL.own, [challengeId, viewer]);
            await sql.query(LEADERBOARD_SQL.ahead, [challengeId, viewer]);
            await sql.query(LEADERBOARD_SQL.next, [challengeId, viewer]);
          }),
        );
      }
      const baselineMs = [];
      for (let i = 0; i < BASELINE_READS; i++) {
        const viewer = viewers[i % viewers.length].id;
        baselineMs.push(
          await timed(async () => {
            await sql.query(BASELINE.page, [windowStart, windowEnd]);
            await sql.query(BASELINE.own, [windowStart, windowEnd, viewer]);
          }),
        );
      }
      // The two must agree: the pipeline's scores are the lines' sums.
      const { rows: check } = await sql.query(
        `SELECT count(*)::int AS differing FROM (${AGGREGATED}) a JOIN challenge_scores s ON s.challenge_id = $3 AND s.participant_id = a.participant_id WHERE s.score <> a.score`,
        [windowStart, windowEnd, challengeId],
      );
      const { rows: [lines] } = await sql.query('SELECT count(*)::int AS n FROM declaration_lines');
      await sql.end();

      const graphql = summary(graphqlMs);
      const direct = summary(sqlMs);
      const baseline = summary(baselineMs);
      const eventsPerSecond = +(steadyPending / steadySeconds).toFixed(0);
      writeResult({
        scenario: 'leaderboard',
        at: new Date().toISOString(),
        machine: { cpus: cpus().length, node: process.version },
        parameters: { partners: PARTNERS, users: PARTNERS * USERS_PER_PARTNER, participants: participants.n, declarationLines: lines.n, pageSize: PAGE },
        seeding: { networkSeconds: +networkSeconds.toFixed(1), declarationsSeconds: +declarationsSeconds.toFixed(1) },
        historyProcessing: { events: pending, seconds: +processingSeconds.toFixed(1), eventsPerSecond: +(pending / processingSeconds).toFixed(0) },
        eventProcessing: { events: steadyPending, seconds: +steadySeconds.toFixed(1), eventsPerSecond, target: 2000, met: eventsPerSecond >= 2000 },
        leaderboardGraphql: graphql,
        leaderboardSql: direct,
        baselineAggregation: baseline,
        scoresDifferingFromLines: check[0].differing,
        ratios: { baselineOverGraphqlP95: +(baseline.p95Ms / graphql.p95Ms).toFixed(1), baselineOverSqlP95: +(baseline.p95Ms / direct.p95Ms).toFixed(1) },
        target: { p95Ms: 20, atLeastTimesFaster: 10, met: graphql.p95Ms < 20 && baseline.p95Ms / graphql.p95Ms >= 10 },
      });
    },
    { ACTIVITY_POLL_MS: '100', CHALLENGES_POLL_MS: '500' },
  ),
);

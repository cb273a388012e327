// Mixed load (issue 8): virtual users doing what the two apps do, all at once, against one API.
//
// Each virtual user is a partner user of its own partner (--partners, one in five users in the
// first --vus partners) and also, for approvals, one of the three demo validators (the brand admin,
// and the channel manager in charge of the declaration's partner). A user signs in once at the
// start of its session, then loops with no think time, drawing each action from the mix:
//   35% browsing   one page of the portal, with the queries that page sends (the home page's nine
//                  at once, as the browser does; my declarations; the reward catalogue; the
//                  knowledge base; notifications)
//   20% declaring  create a declaration of three lines and submit it (no proofs)
//   15% leaderboard the live challenge's board (a page of 20 and the viewer's own rank)
//   10% signing in again (a new session: signIn, then me)
//   10% approving  the validation queue (SUBMITTED, by risk), then one declaration submitted by
//                  this bench approved, by its partner's channel manager or the brand admin
//   10% redeeming  the affordable rewards, then an order of a digital reward with an idempotency key
// The GraphQL documents are the apps' own, read from libs/graphql-client/src/operations.
//
// Setup, through the API where the apps would do it: a live individual challenge, a digital reward
// of 10 points with no stock or per-user limit, 100,000 points for each bench user (adjustPoints,
// as a brand admin would), and a queue of submitted declarations for the first approvals. The
// network (partners and users) and an approved history (--history declarations, their events
// processed by the API's activity worker, so the board and "my declarations" are not empty) are
// written straight into PostgreSQL like the other benchmarks do.
//
// Measured in the same run: a warm-up (not reported), a baseline at 1 virtual user for
// --baseline-seconds (taking every action in turn, so each operation has figures), then --vus
// virtual users for --seconds. Each phase first opens its users' sessions all at once (the
// ramp-up, reported apart), then starts the clock. Every GraphQL error and non-200 answer
// is counted by operation and code; any error fails the run (exit 1) after the JSON is written.
// The API's memory (VmRSS of its process, from /proc, every second) and its PostgreSQL connections
// (pg_stat_activity) are sampled throughout.
//
// The API runs with its sign-in throttle and lock-out as they are: they count failed sign-ins only
// (per account and per client address), and the virtual users' sign-ins all succeed.
//
//   npm run bench:mixed-load -- [--vus 200] [--seconds 60] [--partners 1000] [--history 20000]
//     [--baseline-seconds 10] [--warmup-seconds 10]
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { Kind, parse, print, visit } from 'graphql';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

import { freePort, sleep } from '../scripts/lib/processes.mjs';
import { DEMO_PASSWORD, pool, root, run, withBenchApi, writeResult } from './lib/bench-api.mjs';
import { prepareDraws, processActivity, seedDeclarations, seedNetwork } from './lib/scale-data.mjs';

const { values } = parseArgs({
  options: {
    vus: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '60' },
    partners: { type: 'string', default: '1000' },
    history: { type: 'string', default: '20000' },
    'baseline-seconds': { type: 'string', default: '10' },
    'warmup-seconds': { type: 'string', default: '10' },
  },
});
const VUS = Number(values.vus);
const SECONDS = Number(values.seconds);
const PARTNERS = Math.max(Number(values.partners), VUS);
const HISTORY = Number(values.history);
const BASELINE_SECONDS = Number(values['baseline-seconds']);
const WARMUP_SECONDS = Number(values['warmup-seconds']);
const POINTS_EACH = 100_000;

const MIX = { browse: 35, declare: 20, leaderboard: 15, signIn: 10, approve: 10, redeem: 10 };
let apiPidForCpu;
const BROWSE_PAGES = ['home', 'declarations', 'rewards', 'knowledge', 'notifications'];

// ---------------------------------------------------------------------------------------------
// The apps' operations: every .graphql file, and for one operation its document with the fragments
// it spreads (transitively), as the generated TypedDocumentNodes carry them.
function loadOperations() {
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.graphql') ? [join(dir, e.name)] : []));
  const operations = new Map();
  const fragments = new Map();
  for (const file of files(join(root, 'libs/graphql-client/src/operations'))) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.set(definition.name.value, definition);
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const spreads = (node) => {
    const names = new Set();
    visit(node, { FragmentSpread: (s) => void names.add(s.name.value) });
    return names;
  };
  const documents = new Map();
  return (name) => {
    if (documents.has(name)) return documents.get(name);
    const operation = operations.get(name);
    if (!operation) throw new Error(`No operation ${name} in libs/graphql-client/src/operations`);
    const needed = new Map();
    const pending = [...spreads(operation)];
    while (pending.length) {
      const fragment = pending.pop();
      if (needed.has(fragment)) continue;
      needed.set(fragment, fragments.get(fragment));
      pending.push(...spreads(fragments.get(fragment)));
    }
    documents.set(name, [operation, ...needed.values()].map(print).join('\n'));
    return documents.get(name);
  };
}
const documentOf = loadOperations();

// ---------------------------------------------------------------------------------------------
// Figures: latencies by operation and by action, errors by operation and code.
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
function latencySummary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (v) => +v.toFixed(1);
  return { count: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), p99Ms: round(percentile(sorted, 99)), maxMs: round(sorted.at(-1) ?? 0) };
}

class Recorder {
  constructor() {
    this.operations = new Map();
    this.actions = new Map();
    this.errors = new Map();
    this.examples = [];
    this.recording = false;
  }
  op(name, ms) {
    if (!this.recording) return;
    if (!this.operations.has(name)) this.operations.set(name, []);
    this.operations.get(name).push(ms);
  }
  action(name, ms) {
    if (!this.recording) return;
    if (!this.actions.has(name)) this.actions.set(name, []);
    this.actions.get(name).push(ms);
  }
  error(name, code, detail) {
    // Errors count in every phase, the warm-up included: the run must have none at all.
    const key = `${name} ${code}`;
    this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
    // The first answer of each operation and code, to tell the causes apart.
    if (this.errors.get(key) === 1 && this.examples.length < 50) this.examples.push({ operation: name, code, detail: String(detail).slice(0, 500) });
  }
  report(seconds) {
    const operations = Object.fromEntries(
      [...this.operations].sort(([a], [b]) => a.localeCompare(b)).map(([name, ms]) => [name, { ...latencySummary(ms), errors: this.errorsOf(name) }]),
    );
    const actions = Object.fromEntries([...this.actions].sort(([a], [b]) => a.localeCompare(b)).map(([name, ms]) => [name, latencySummary(ms)]));
    const requests = [...this.operations.values()].reduce((n, ms) => n + ms.length, 0);
    const actionCount = [...this.actions.values()].reduce((n, ms) => n + ms.length, 0);
    return {
      seconds,
      throughput: { requests, requestsPerSecond: +(requests / seconds).toFixed(1), actions: actionCount, actionsPerSecond: +(actionCount / seconds).toFixed(1) },
      actions,
      operations,
      errors: Object.fromEntries(this.errors),
      errorCount: [...this.errors.values()].reduce((a, b) => a + b, 0),
    };
  }
  errorsOf(name) {
    return [...this.errors].filter(([key]) => key.startsWith(`${name} `)).reduce((n, [, count]) => n + count, 0);
  }
}

// ---------------------------------------------------------------------------------------------
run(async () => {
  // The API's e-mails (approvals, orders) leave for real, to a sink that counts them: sending is
  // part of the work, and a server that refuses them would add retries instead.
  const mail = await smtpSink();
  try {
    await withBenchApi(scenario, { ACTIVITY_POLL_MS: '200', CHALLENGES_POLL_MS: '500', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.port) });
  } finally {
    await mail.close();
  }

  async function scenario({ url, signIn, databaseUrl, apiPid, dir }) {
    const recorder = new Recorder();
    apiPidForCpu = apiPid;
    /** One GraphQL request as the apps send it; errors are counted, not thrown (the caller gets null). */
    const call = async (name, variables, token) => {
      const started = performance.now();
      let response;
      let body;
      try {
        response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ operationName: name, query: documentOf(name), variables }),
        });
        body = await response.json().catch(() => null);
      } catch (error) {
        recorder.error(name, 'NETWORK', error.message);
        return null;
      }
      recorder.op(name, performance.now() - started);
      if (response.status !== 200) {
        recorder.error(name, `HTTP_${response.status}`, JSON.stringify(body));
        return null;
      }
      if (body?.errors?.length) {
        for (const error of body.errors) recorder.error(name, error.extensions?.code ?? 'UNKNOWN', error.message);
        return null;
      }
      if (!body?.data) {
        recorder.error(name, 'NO_DATA', JSON.stringify(body));
        return null;
      }
      return body.data;
    };
    const adminGql = async (query, variables, token) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };

    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    sql.on('error', () => undefined);
    const setupStarted = performance.now();

    // --- The network and its validators.
    const reviewers = {
      admin: { email: 'admin@relais.demo' },
      north: { email: 'claire.martin@relais.demo' },
      south: { email: 'marco.rossi@relais.demo' },
    };
    for (const reviewer of Object.values(reviewers)) reviewer.token = await signIn(reviewer.email);
    const { rows: [demo] } = await sql.query("SELECT password_hash FROM users WHERE email = 'julien.dupont@chauffage-dupont.demo'");
    await seedNetwork(sql, { partners: PARTNERS, usersPerPartner: 5, passwordHash: demo.password_hash });
    // Half the bench partners in the north manager's charge, half in the south's (as the demo is).
    await sql.query(
      `UPDATE partners SET channel_manager_id = CASE WHEN substr(code, 7)::int % 2 = 0 THEN (SELECT id FROM users WHERE email = $1) ELSE (SELECT id FROM users WHERE email = $2) END
        WHERE code LIKE 'BENCH-%'`,
      [reviewers.north.email, reviewers.south.email],
    );
    await prepareDraws(sql);
    // One user of each of the first VUS partners, admins and members alike.
    const { rows: users } = await sql.query(
      `SELECT u.id, u.email, p.channel_manager_id = (SELECT id FROM users WHERE email = $2) AS north
         FROM users u JOIN partners p ON p.id = u.partner_id
        WHERE p.code = ANY($1::text[]) AND u.email LIKE 'user' || (1 + substr(p.code, 7)::int % 5) || '.%'
        ORDER BY substr(p.code, 7)::int`,
      [Array.from({ length: VUS }, (_, i) => `BENCH-${1 + Math.floor((i * PARTNERS) / VUS)}`), reviewers.north.email],
    );
    if (users.length !== VUS) throw new Error(`Expected ${VUS} bench users, found ${users.length}`);

    // --- A live challenge over the last 90 days (created for the future, then moved back, as the
    // leaderboard bench does: the API refuses a start in the past).
    const input = {
      title: { en: 'Mixed load challenge', fr: 'Challenge de charge' },
      rules: { en: 'Units sold.', fr: 'Unités vendues.' },
      metric: 'UNITS_SOLD',
      kind: 'INDIVIDUAL',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      prizeMode: 'RANK',
      prizes: [{ rank: 1, points: 1000 }],
    };
    const challengeId = (await adminGql('mutation($i: ChallengeInput!) { createChallenge(input: $i) { id } }', { i: input }, reviewers.admin.token)).createChallenge.id;
    await adminGql('mutation($id: ID!) { publishChallenge(id: $id) { id } }', { id: challengeId }, reviewers.admin.token);
    await sql.query("UPDATE challenges SET starts_at = now() - interval '90 days' WHERE id = $1", [challengeId]);
    while ((await sql.query('SELECT status FROM challenges WHERE id = $1', [challengeId])).rows[0].status !== 'LIVE') await sleep(200);

    // --- A history: approved declarations over the last 90 days, their events processed.
    if (HISTORY > 0) {
      await seedDeclarations(sql, { declarations: HISTORY, lines: 5, days: 90 });
      await processActivity(sql);
    }

    // --- A reward anyone can afford, and points to afford it.
    const reward = await adminGql(
      `mutation($i: RewardItemInput!) { createRewardItem(input: $i) { id active } }`,
      {
        i: {
          sku: `BENCH-LOAD-${Date.now()}`,
          titleEn: 'Bench e-voucher',
          titleFr: 'E-bon de mesure',
          descriptionEn: 'A digital voucher for the load benchmark.',
          descriptionFr: 'Un bon numérique pour la mesure de charge.',
          category: 'GIFT_CARD',
          delivery: 'DIGITAL',
          pointsCost: 10,
          imageUrls: [],
          segmentIds: [],
        },
      },
      reviewers.admin.token,
    );
    const rewardId = reward.createRewardItem.id;
    await pool(users.length, 4, (i) =>
      adminGql(
        'mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }',
        { i: { ownerType: 'USER', ownerId: users[i].id, amount: POINTS_EACH, reason: 'Mixed load benchmark', idempotencyKey: `bench-load-${users[i].id}` } },
        reviewers.admin.token,
      ),
    );
    const { rows: products } = await sql.query("SELECT id FROM products WHERE active ORDER BY sku LIMIT 50");
    await sql.query('ANALYZE');
    const setupSeconds = (performance.now() - setupStarted) / 1000;

    // --- The virtual users' actions.
    const approvals = []; // { id, north } submitted by the bench, waiting for a validator
    let sequence = 0;
    const saleDate = () => new Date(Date.now() - (1 + (sequence % 20)) * 86_400_000).toISOString().slice(0, 10);
    const timedAction = async (name, task) => {
      const started = performance.now();
      await task();
      recorder.action(name, performance.now() - started);
    };
    const session = async (user) => {
      const data = await call('SignIn', { input: { email: user.email, password: DEMO_PASSWORD } });
      // A refused sign-in leaves the user signed out, as the app would: their next action is
      // signing in again, not a cascade of UNAUTHENTICATED that would hide the first error.
      user.token = data?.signIn.accessToken ?? null;
      if (user.token) await call('Me', {}, user.token);
    };
    const browse = {
      home: (t) =>
        Promise.all([
          call('MyPartner', {}, t),
          call('PortalMyPoints', {}, t),
          call('PortalJourney', {}, t),
          call('MyChallenges', {}, t),
          call('Objectives', { filter: { status: 'ACTIVE' }, page: { limit: 3 } }, t),
          call('MyBadges', {}, t),
          call('ActivityFeed', { page: { offset: 0, limit: 4 } }, t),
          call('PortalArticles', { filter: { pinned: true }, page: { offset: 0, limit: 5 } }, t),
          call('UnreadNotificationCount', {}, t),
        ]),
      declarations: (t) => call('PortalDeclarations', { filter: null, page: { offset: 0, limit: 20 } }, t),
      rewards: (t) =>
        Promise.all([call('PortalRewardBalance', {}, t), call('PortalRewardItems', { filter: { search: null, category: null, affordable: null, newSinceDays: null }, page: { offset: 0, limit: 24 } }, t)]),
      knowledge: (t) => Promise.all([call('PortalArticles', { filter: {}, page: { offset: 0, limit: 20 } }, t), call('PortalArticleTags', {}, t)]),
      notifications: (t) => Promise.all([call('Notifications', { page: { offset: 0, limit: 20 }, unreadOnly: false }, t), call('UnreadNotificationCount', {}, t)]),
    };
    const actions = {
      browse: (user, page = BROWSE_PAGES[Math.floor(Math.random() * BROWSE_PAGES.length)]) => timedAction(`browse ${page}`, () => browse[page](user.token)),
      declare: (user) =>
        timedAction('declare', async () => {
          const n = sequence++;
          const lines = [0, 1, 2].map((l) => ({
            productId: products[(n + l) % products.length].id,
            quantity: 1 + ((n + l) % 3),
            amount: Number((120 + ((n * 7919 + l * 104729) % 90_000) / 100).toFixed(2)),
            channel: l % 2 ? 'ONLINE' : 'IN_STORE',
            invoiceReference: `LOAD-${n}-${l}`,
          }));
          const created = await call('PortalCreateDeclaration', { input: { currency: 'EUR', saleDate: saleDate(), lines } }, user.token);
          if (!created) return;
          const submitted = await call('PortalSubmitDeclaration', { id: created.createDeclaration.id, idempotencyKey: randomUUID() }, user.token);
          if (submitted?.submitDeclaration.status === 'SUBMITTED') approvals.push({ id: submitted.submitDeclaration.id, north: user.north });
        }),
      leaderboard: (user) => timedAction('leaderboard', () => call('ChallengeLeaderboard', { id: challengeId, league: null, page: { offset: 0, limit: 20 } }, user.token)),
      signIn: (user) => timedAction('sign in', () => session(user)),
      approve: () =>
        timedAction('approve', async () => {
          // The brand admin takes one approval in three; the partner's channel manager the others.
          const next = approvals.shift();
          const reviewer = !next || Math.random() < 1 / 3 ? reviewers.admin : next.north ? reviewers.north : reviewers.south;
          await call('BackOfficeDeclarations', { filter: { statuses: ['SUBMITTED'], sort: 'RISK' }, page: { offset: 0, limit: 25 } }, reviewer.token);
          if (next) await call('BackOfficeApproveDeclaration', { id: next.id }, reviewer.token);
        }),
      redeem: (user) =>
        timedAction('redeem', async () => {
          await call('PortalRewardItems', { filter: { search: null, category: null, affordable: true, newSinceDays: null }, page: { offset: 0, limit: 24 } }, user.token);
          await call('PortalPlaceRewardOrder', { input: { idempotencyKey: randomUUID(), deliveryEmail: user.email, lines: [{ itemId: rewardId, quantity: 1 }] } }, user.token);
        }),
    };
    const weighted = Object.entries(MIX).flatMap(([name, weight]) => Array(weight).fill(name));
    // The baseline takes every action in turn, so that each operation has figures to compare with.
    const EVERY_ACTION = [...BROWSE_PAGES.map((page) => ['browse', page]), ['declare'], ['leaderboard'], ['signIn'], ['approve'], ['redeem']];
    const drawn = Object.fromEntries(Object.keys(MIX).map((name) => [name, 0]));

    /**
     * `vus` virtual users: first every session opens at once (sign in, then me: the morning rush,
     * timed apart as the ramp-up, since 200 password checks at once would otherwise fill the
     * window), then each acts until `seconds` have passed. Returns the ramp-up's figures.
     */
    const phase = async (vus, seconds, record, { cycle = false } = {}) => {
      const sessionMs = [];
      const rampStarted = performance.now();
      // The validators' sessions too: an access token lasts 15 minutes, and setup may take longer.
      for (const reviewer of Object.values(reviewers)) {
        const data = await call('SignIn', { input: { email: reviewer.email, password: DEMO_PASSWORD } });
        if (data) reviewer.token = data.signIn.accessToken;
      }
      await Promise.all(
        users.slice(0, vus).map(async (user) => {
          const started = performance.now();
          await session(user);
          sessionMs.push(performance.now() - started);
        }),
      );
      const rampUp = { seconds: +((performance.now() - rampStarted) / 1000).toFixed(1), sessionsOpened: latencySummary(sessionMs) };
      recorder.recording = record;
      const windowStarted = performance.now();
      const deadline = windowStarted + seconds * 1000;
      await Promise.all(
        users.slice(0, vus).map(async (user) => {
          for (let i = 0; performance.now() < deadline; i++) {
            const [drawnAction, page] = cycle ? EVERY_ACTION[i % EVERY_ACTION.length] : [weighted[Math.floor(Math.random() * weighted.length)]];
            const action = user.token ? drawnAction : 'signIn';
            if (record) drawn[action]++;
            await actions[action](user, page);
          }
        }),
      );
      recorder.recording = false;
      // The window ends when the last action started before the deadline has finished.
      return { rampUp, seconds: (performance.now() - windowStarted) / 1000 };
    };

    // --- Samplers: the API's memory and its connections to PostgreSQL, every second.
    const samples = [];
    const lockWaits = {};
    const monitor = new pg.Client({ connectionString: databaseUrl });
    await monitor.connect();
    monitor.on('error', () => undefined);
    let sampling = true;
    let currentPhase = 'idle';
    const sampler = (async () => {
      while (sampling) {
        const status = readFileSync(`/proc/${apiPid}/status`, 'utf8');
        const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
        const { rows } = await monitor.query("SELECT count(*)::int AS total, count(*) FILTER (WHERE state <> 'idle')::int AS active FROM pg_stat_activity WHERE application_name = 'relais-api'");
        samples.push({ at: performance.now(), phase: currentPhase, rssMb: +(kb('VmRSS') / 1024).toFixed(1), connections: rows[0].total, activeConnections: rows[0].active, ...cpuTimes() });
        // The API's statements waiting on a lock, by their start: where connections queue on rows.
        const { rows: waiting } = await monitor.query(
          "SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 70) AS statement, count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'relais-api' AND wait_event_type = 'Lock' GROUP BY 1",
        );
        if (currentPhase === 'load') for (const { statement, n } of waiting) lockWaits[statement] = (lockWaits[statement] ?? 0) + n;
        await sleep(1000);
      }
    })();
    const memoryOf = (phaseName) => {
      const of = samples.filter((s) => s.phase === phaseName);
      if (!of.length) return null;
      return {
        samples: of.length,
        rssStartMb: of[0].rssMb,
        rssPeakMb: Math.max(...of.map((s) => s.rssMb)),
        rssEndMb: of.at(-1).rssMb,
        pgConnectionsPeak: Math.max(...of.map((s) => s.connections)),
        pgConnectionsActivePeak: Math.max(...of.map((s) => s.activeConnections)),
        ...cpuShare(of[0], of.at(-1)),
      };
    };

    // Warm-up (not reported, but its errors count), then the baseline, then the load.
    await sleep(1500);
    const idleRss = samples.at(-1)?.rssMb;
    currentPhase = 'warm-up';
    await phase(Math.min(10, VUS), WARMUP_SECONDS, false);
    currentPhase = 'baseline';
    const baselineRun = await phase(1, BASELINE_SECONDS, true, { cycle: true });
    const baseline = { rampUp: baselineRun.rampUp, ...recorder.report(baselineRun.seconds) };
    const baselineDrawn = { ...drawn };
    for (const key of Object.keys(drawn)) drawn[key] = 0;
    recorder.operations.clear();
    recorder.actions.clear();
    const errorsBeforeLoad = new Map(recorder.errors);
    recorder.errors.clear();

    currentPhase = 'load';
    const concurrentBench = { beforeLoad: await otherBenchRunning() };
    const loadAvgBefore = loadavg()[0];
    const loadRun = await phase(VUS, SECONDS, true);
    const loadAvgAfter = loadavg()[0];
    concurrentBench.afterLoad = await otherBenchRunning();
    currentPhase = 'after';
    await sleep(2000);
    sampling = false;
    await sampler;
    const load = { rampUp: loadRun.rampUp, ...recorder.report(loadRun.seconds) };
    for (const [key, count] of errorsBeforeLoad) load.errors[`${key} (warm-up/baseline)`] = count;
    load.errorCount += [...errorsBeforeLoad.values()].reduce((a, b) => a + b, 0);

    const { rows: [counts] } = await sql.query(
      `SELECT (SELECT count(*)::int FROM declarations WHERE status = 'SUBMITTED') AS still_submitted,
              (SELECT count(*)::int FROM reward_orders) AS reward_orders,
              (SELECT count(*)::int FROM declarations) AS declarations`,
    );
    await monitor.end();
    await sql.end();

    const ratiosOf = (of, to) =>
      Object.fromEntries(
        Object.entries(of)
          .filter(([name]) => to[name]?.p95Ms)
          .map(([name, figures]) => [name, { p50: +(figures.p50Ms / to[name].p50Ms).toFixed(1), p95: +(figures.p95Ms / to[name].p95Ms).toFixed(1) }]),
      );
    const memory = { idleBeforeWarmUpRssMb: idleRss ?? null, baseline: memoryOf('baseline'), load: memoryOf('load'), afterLoadRssMb: samples.filter((s) => s.phase === 'after').at(-1)?.rssMb ?? null };
    const result = {
      scenario: 'mixed-load',
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryGb: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, loadAverage1m: { beforeLoad: loadAvgBefore, afterLoad: loadAvgAfter } },
      concurrentBenchmark: concurrentBench,
      parameters: {
        virtualUsers: VUS,
        seconds: SECONDS,
        thinkTimeMs: 0,
        partners: PARTNERS,
        usersPerPartner: 5,
        historyDeclarations: HISTORY,
        mixPercent: MIX,
        browsePages: BROWSE_PAGES,
        approvers: 'the brand admin (1 in 3) or the channel manager of the declaration partner; three back-office sessions shared by the virtual users',
        loginThrottle: 'unchanged (it counts failed sign-ins only; every sign-in here succeeds)',
        apiDatabasePool: 20,
      },
      setupSeconds: +setupSeconds.toFixed(1),
      load: { ...load, mixDrawn: { ...drawn } },
      baseline: { virtualUsers: 1, ...baseline, mixDrawn: baselineDrawn },
      ratioLoadOverBaseline: { operations: ratiosOf(load.operations, baseline.operations), actions: ratiosOf(load.actions, baseline.actions) },
      memory,
      // Per statement: backends found waiting on a lock, summed over the load's one-second samples.
      lockWaitsDuringLoad: lockWaits,
      database: { ...counts, approvalsLeftInQueue: approvals.length },
      errorExamples: recorder.examples,
      apiLog: apiLogSummary(join(dir, 'api.log')),
      emailsSent: mail.received(),
      passed: load.errorCount === 0,
    };
    writeResult(result);
    if (!result.passed) process.exitCode = 1;
  }
});

/** Another benchmark (the 10M-line dashboards one) running on this machine, which shares its CPUs. */
async function otherBenchRunning() {
  const { execFileSync } = await import('node:child_process');
  try {
    return execFileSync('pgrep', ['-af', 'tools/bench/dashboards.mjs'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU seconds so far of the API process (its own threads: the event loop and the password hashes;
 * PostgreSQL runs in other processes) and of the whole machine, busy and idle, from /proc.
 */
function cpuTimes() {
  const fields = readFileSync(`/proc/${apiPidForCpu}/stat`, 'utf8').split(') ')[1].split(' ');
  const [, user, nice, system, idle, iowait] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).map(Number);
  return { apiCpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND, machineBusySeconds: (user + nice + system) / TICKS_PER_SECOND, machineIdleSeconds: (idle + iowait) / TICKS_PER_SECOND };
}

/** Between two samples: the API's CPU in cores used, and the machine's busy share (every process). */
function cpuShare(first, last) {
  const wall = (last.at - first.at) / 1000;
  if (wall <= 0) return {};
  const busy = last.machineBusySeconds - first.machineBusySeconds;
  const idle = last.machineIdleSeconds - first.machineIdleSeconds;
  return { apiCpuCores: +((last.apiCpuSeconds - first.apiCpuSeconds) / wall).toFixed(2), machineBusyPercent: +((100 * busy) / (busy + idle)).toFixed(0) };
}

/** The API's warnings and errors over the whole run (it logs at warn), by level and message. */
function apiLogSummary(file) {
  const byMessage = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const entry = JSON.parse(line);
      if (entry.level < 40) continue;
      // Slow queries by their statement's start, so the slow ones can be told apart.
      const query = entry.query ? ` (${String(entry.query).replace(/\s+/g, ' ').slice(0, 100)})` : '';
      const key = `${entry.level >= 50 ? 'error' : 'warn'} ${entry.context ? `${entry.context}: ` : ''}${String(entry.msg ?? '').slice(0, 120)}${query}`;
      byMessage[key] = (byMessage[key] ?? 0) + 1;
    } catch {
      // Not a log entry.
    }
  }
  return byMessage;
}

/** An SMTP server on a free port that accepts every e-mail, keeps none and counts them. */
async function smtpSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received++;
        callback();
      });
      stream.resume();
    },
  });
  const port = await freePort();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { port, received: () => received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

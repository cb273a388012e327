// What the benchmarks share: a throw-away API on its own embedded PostgreSQL, a GraphQL client that
// times each call, a bounded pool of concurrent tasks, latency summaries and the JSON result file.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { freePort, startChild, stopChildren, waitForUrl } from '../../scripts/lib/processes.mjs';

export const root = new URL('../../..', import.meta.url).pathname;
export const DEMO_PASSWORD = 'Relais-demo-2026';

/** Runs `task(i)` for i in 0..count-1 with at most `concurrency` at once. */
export async function pool(count, concurrency, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Count, p50, p95 and max of latencies in milliseconds. */
export function summary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { count: sorted.length, p50Ms: +percentile(sorted, 50).toFixed(1), p95Ms: +percentile(sorted, 95).toFixed(1), maxMs: +(sorted.at(-1) ?? 0).toFixed(1) };
}

/**
 * Starts the built API with the demo data on a fresh embedded database, runs `scenario(bench)` and
 * stops everything, printing the API's last log lines if the scenario fails. `bench` has the API's
 * url, the database's connection string, the API process id (`apiPid`, to sample its memory), and
 * gql(query, variables, token) → { data, ms }. `env`
 * adds settings of the API for the scenario.
 *
 * `options.keep`: a folder that holds the database and survives the run; a later run with the same
 * folder starts on that data (the API migrates it on start), and `bench.kept` says the data was
 * there before this run, so a scenario can skip its seeding and only measure.
 */
export async function withBenchApi(scenario, env = {}, options = {}) {
  const dir = options.keep ? resolve(options.keep) : mkdtempSync(join(tmpdir(), 'relais-bench-'));
  mkdirSync(dir, { recursive: true });
  const kept = existsSync(join(dir, 'pg', 'PG_VERSION'));
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
      SMTP_PORT: '9', // nothing listens: e-mails stay in the outbox, which is not what is measured
      ...env,
    },
    logFile: join(dir, 'api.log'),
    echo: false,
  });
  const url = `http://127.0.0.1:${apiPort}`;
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
    (await gql('mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email, password: DEMO_PASSWORD } })).data.signIn.accessToken;
  try {
    // A kept database at scale may take long to migrate (a new rollup back-fills from every row).
    await waitForUrl(`${url}/health`, { abort: api.exited, timeoutMs: kept ? 3 * 3_600_000 : 120_000 });
    return await scenario({ url, gql, signIn, kept, dir, apiPid: api.child.pid, databaseUrl: `postgres://postgres:relais-embedded@127.0.0.1:${pgPort}/relais` });
  } catch (error) {
    process.stderr.write(`API log (last lines):\n${readFileSync(join(dir, 'api.log'), 'utf8').split('\n').slice(-15).join('\n')}\n`);
    throw error;
  } finally {
    // A kept database gets time for its shutdown checkpoint.
    await stopChildren([api], options.keep ? { graceMs: 300_000 } : undefined);
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes bench-results/<scenario>-<time>.json and prints it. */
export function writeResult(result) {
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${result.scenario}-${result.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\nWritten to ${file}\n`);
}

/** Runs a benchmark's main, exiting non-zero with the stack on failure. */
export function run(main) {
  main().catch((error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  });
}

import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { Client } from 'pg';

/** The repository's root (where nx.json is), from the sources under ts-jest or the build in dist/. */
function repositoryRoot(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'nx.json'))) return dir;
  throw new Error(`No repository root above ${from}`);
}

/** The server's major version: pg_dump refuses a server newer than itself. */
async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
    return Math.floor(rows[0].v / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * Where pg_dump and pg_restore are: PG_BIN_DIR when set (an external server with its own client),
 * else what tools/scripts/ensure-pg-client.sh put in .cache/pg-client/<the server's major version>.
 */
export async function pgBinDir(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const dir = env.PG_BIN_DIR ?? join(repositoryRoot(), '.cache/pg-client', String(await serverMajor(url)), 'bin');
  if (!existsSync(join(dir, 'pg_dump'))) {
    throw new Error(`pg_dump not found in ${dir}: run tools/scripts/ensure-pg-client.sh, or set PG_BIN_DIR to a PostgreSQL client as new as the server`);
  }
  return dir;
}

function runTool(binDir: string, tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(join(binDir, tool), args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${tool} exited with ${code}: ${errors.trim()}`))));
  });
}

/**
 * A consistent snapshot of the whole database (schema, data, triggers, the migrations table) in
 * pg_dump's custom format: compressed, and restorable object by object. Taken inside one
 * REPEATABLE READ transaction by pg_dump itself, so the API can keep running meanwhile.
 */
export async function backupDatabase(url: string, file: string): Promise<{ file: string; bytes: number }> {
  await runTool(await pgBinDir(url), 'pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
  return { file, bytes: statSync(file).size };
}

/** Sessions other than ours on the database: a restore would fight them for locks, or change data under them. */
async function otherSessions(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * Replaces the database's content with a backup's, all or nothing: pg_restore drops what the backup
 * holds and recreates it in ONE transaction, so a failure half-way leaves the database as it was.
 * Refuses while other sessions (a running API) are connected, unless `force`.
 */
export async function restoreDatabase(url: string, file: string, options: { force?: boolean } = {}): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  const sessions = await otherSessions(url);
  if (sessions > 0 && !options.force) {
    throw new Error(`${sessions} other session(s) are connected to the database: stop the API first (or pass --force)`);
  }
  await runTool(await pgBinDir(url), 'pg_restore', [
    '--clean',
    '--if-exists',
    '--single-transaction',
    '--exit-on-error',
    '--no-owner',
    '--no-privileges',
    `--dbname=${url}`,
    file,
  ]);
}

import 'reflect-metadata';

import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/core/config/app-config';
import { createRootLogger } from '../../src/core/logging/pino-logger';
import { DEMO_PASSWORD } from '../../src/seed/demo-ids';
import { demoPartnerAccounts, seedDemoDataIfEmpty } from '../../src/seed/seed-demo-data';
import { declarationInput, newInvoice } from '../support/declarations';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Outcome = { at: number; ok: boolean; code?: string; declarationId?: string };

/**
 * The PostgreSQL server restarts while partners declare: requests fail cleanly during the restart
 * (a code, never an internal error), succeed after it without restarting the API, and every
 * declaration the API acknowledged is still there. This file runs its own server: the shared test
 * server cannot be restarted under the other files.
 */
describe('The database server restarts under load', () => {
  let dir: string;
  let port: number;
  let database: ChildProcess;
  let app: INestApplication;
  let url: string;

  /** Starts the server (initialising its data the first time) and resolves once it accepts connections. */
  const start = () =>
    new Promise<ChildProcess>((resolve, reject) => {
      const child = spawn(process.execPath, [join(__dirname, '../support/standalone-postgres.mjs'), join(dir, 'pg'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
      child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
      child.on('exit', (code) => reject(new Error(`PostgreSQL exited with ${code} before it was ready`)));
    });
  const stop = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relais-restart-'));
    // The server runs as the 'postgres' user, which must reach its data folder inside.
    chmodSync(dir, 0o755);
    port = await freePort();
    database = await start();
    app = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SMTP_PORT: '9' }), `postgres://postgres:relais-embedded@127.0.0.1:${port}/relais`, createRootLogger(process.env.RELAIS_TEST_LOG ?? 'silent'));
    await seedDemoDataIfEmpty(app.get(DataSource));
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (database) await stop(database);
    rmSync(dir, { recursive: true, force: true });
  });

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
  };

  it('answers SERVICE_UNAVAILABLE during the restart, recovers by itself, and loses nothing it acknowledged', async () => {
    const tokens = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const signed = await gql('mutation ($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { email: demoPartnerAccounts(n).admin.email, password: DEMO_PASSWORD } });
        return signed.data?.signIn.accessToken as string;
      }),
    );
    const outcomes: Outcome[] = [];
    let running = true;
    // Each virtual user declares (create, then submit with its idempotency key) and reads its declarations, in a loop.
    const user = async (token: string) => {
      while (running) {
        const created = await gql('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input: declarationInput() }, token);
        const id = created.data?.createDeclaration.id as string | undefined;
        const submitted = id ? await gql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id status } }', { id, key: newInvoice() }, token) : created;
        const read = await gql('query { myDeclarations { total } }', {}, token);
        for (const result of [submitted, read]) {
          outcomes.push({ at: Date.now(), ok: !result.errors, code: result.errors?.[0]?.extensions?.code, declarationId: result === submitted ? result.data?.submitDeclaration?.id : undefined });
        }
      }
    };
    const load = Promise.all(tokens.flatMap((token) => [user(token), user(token)]));

    await wait(1_500);
    const stoppedAt = Date.now();
    await stop(database);
    await wait(1_000);
    database = await start();
    const restartedAt = Date.now();
    await wait(2_500);
    running = false;
    await load;

    const before = outcomes.filter((o) => o.at < stoppedAt);
    const during = outcomes.filter((o) => o.at >= stoppedAt && o.at < restartedAt);
    const settled = outcomes.filter((o) => o.at > restartedAt + 1_000);
    expect(before.length).toBeGreaterThan(10);
    expect(before.every((o) => o.ok)).toBe(true);
    // While it was down: refused cleanly, with the code that says "try again".
    expect(during.filter((o) => !o.ok).length).toBeGreaterThan(0);
    expect([...new Set(outcomes.filter((o) => !o.ok).map((o) => o.code))]).toEqual(['SERVICE_UNAVAILABLE']);
    // After it: everything works again, with no restart of the API.
    expect(settled.length).toBeGreaterThan(10);
    expect(settled.every((o) => o.ok)).toBe(true);
    // Every declaration the API said it had submitted is there, submitted.
    const acknowledged = outcomes.flatMap((o) => (o.ok && o.declarationId ? [o.declarationId] : []));
    const found = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM declarations WHERE id = ANY($1::uuid[]) AND status <> 'DRAFT'`, [acknowledged]);
    expect(found[0].n).toBe(acknowledged.length);
  }, 60_000);
});

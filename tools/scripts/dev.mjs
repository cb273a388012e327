#!/usr/bin/env node
// `npm run dev`: development with reload. The API is compiled by `tsc --watch` and restarted by
// `node --watch` on every change (the @relais/* aliases resolved at run time by lib/relais-paths.cjs); both apps run on the Vite dev server (hot reload),
// which proxies /graphql to the API. Same ports and data as `npm start`; Ctrl-C stops everything.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startChild, stopChildren, waitForUrl } from './lib/processes.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DATA = resolve(ROOT, process.env.RELAIS_DATA_DIR ?? '.data');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const apiPort = env.API_PORT ?? '3000';
const apps = [
  { name: 'partner-portal', portVar: 'PORTAL_PORT', port: env.PORTAL_PORT ?? '4200' },
  { name: 'back-office', portVar: 'BACK_OFFICE_PORT', port: env.BACK_OFFICE_PORT ?? '4300' },
];
const tsconfig = 'apps/api/tsconfig.app.json';
const logs = join(DATA, 'logs');
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await stopChildren(children.filter((c) => c.name !== 'api'), { signal: 'SIGTERM', graceMs: 5000 });
  await stopChildren(children.filter((c) => c.name === 'api'), { signal: 'SIGINT', graceMs: 30_000 });
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

// One full compile first, so that node --watch starts on a complete output.
if (spawnSync(bin('tsc'), ['-p', tsconfig], { cwd: ROOT, env, stdio: 'inherit' }).status !== 0) process.exit(1);

const start = (name, command, args, extraEnv = {}, readable = false) => {
  const child = startChild(name, command, args, { cwd: ROOT, env: { ...env, ...extraEnv }, logFile: join(logs, `dev-${name}.log`), readable });
  children.push(child);
  void child.exited.then(({ code }) => {
    if (!stopping) {
      process.stderr.write(`[${name}] stopped (exit code ${code}); stopping the rest\n`);
      void shutdown(code || 1);
    }
  });
};

start('tsc', bin('tsc'), ['-p', tsconfig, '--watch', '--preserveWatchOutput']);
start('api', process.execPath, ['--watch', '--require', join(ROOT, 'tools/scripts/lib/relais-paths.cjs'), 'dist/apps/api/apps/api/src/main.js'], { SEED_DEMO_DATA: env.SEED_DEMO_DATA ?? 'true', EMBEDDED_PG_DIR: env.EMBEDDED_PG_DIR ?? join(DATA, 'postgres') }, true);
await waitForUrl(`http://127.0.0.1:${apiPort}/health`, { timeoutMs: 180_000 }).catch(() => undefined);
for (const app of apps) {
  start(app.name, bin('vite'), ['--config', `apps/${app.name}/vite.config.ts`, '--port', app.port, '--strictPort', '--host', '127.0.0.1'], {
    API_URL: `http://127.0.0.1:${apiPort}`,
    [app.portVar]: app.port,
  });
}
process.stdout.write(`\nDevelopment: portal http://localhost:${apps[0].port}, back-office http://localhost:${apps[1].port}, API http://localhost:${apiPort}/graphql. Ctrl-C stops.\n`);

#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first stage that fails:
//   chromium → PostgreSQL client → lint → typecheck → unit + integration (jest) → build → browser (e2e)
// The last line is always `tests: N passed, N failed`, summed from the jest runs' JSON reports
// (tmp/jest/*.json), for CI to read. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const REPORTS = join(ROOT, 'tmp/jest');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const nx = (target, ...args) => run(bin('nx'), ['run-many', '-t', target, ...args, '--outputStyle=static', '--parallel=2']);

// Jest projects run in the unit + integration stage: the libraries, then the API.
const JEST_PROJECTS = ['libs/domain', 'libs/i18n', 'libs/ui', 'libs/graphql-client', 'apps/partner-portal', 'apps/back-office', 'apps/api'];
const JEST_FLAGS = ['--ci', '--passWithNoTests'];

const started = Date.now();
const timings = [];
const totals = { passed: 0, failed: 0 };

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function header(title) {
  process.stdout.write(`\n${'='.repeat(72)}\n== ${title}\n${'='.repeat(72)}\n`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  return result.status ?? 1;
}

function countReport(file) {
  if (!existsSync(file)) return false;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    // A suite that fails to load counts no test: count it as one failure so it cannot hide.
    totals.failed += (report.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
    return true;
  } catch {
    return false;
  }
}

function jest(config, name, extra = []) {
  const outputFile = join(REPORTS, `${name}.json`);
  const status = run(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '-c', config, ...JEST_FLAGS, ...extra, '--json', `--outputFile=${outputFile}`]);
  // A run that crashed before writing its report still counts as a failure.
  if (!countReport(outputFile) && status !== 0) totals.failed += 1;
  return status;
}

function finish(failedStage) {
  process.stdout.write(`\n${'-'.repeat(72)}\n`);
  for (const { stage, ms, status } of timings) process.stdout.write(`${status === 0 ? 'ok  ' : 'FAIL'}  ${stage.padEnd(28)} ${seconds(ms)}\n`);
  process.stdout.write(`total ${seconds(Date.now() - started)}${failedStage ? ` — stopped at: ${failedStage}` : ''}\n`);
  process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(failedStage ? 1 : 0);
}

function stage(title, body) {
  header(title);
  const t0 = Date.now();
  const status = body();
  timings.push({ stage: title, ms: Date.now() - t0, status });
  if (status !== 0) finish(title);
}

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

stage('Chromium', () => run('bash', [join(ROOT, 'tools/scripts/ensure-chromium.sh')]));
stage('PostgreSQL client (db:backup)', () => run('bash', [join(ROOT, 'tools/scripts/ensure-pg-client.sh')]));
stage('Lint', () => nx('lint'));
stage('Typecheck', () => nx('typecheck'));
stage('Unit and integration tests', () => {
  let status = 0;
  for (const project of JEST_PROJECTS) {
    const config = join(project, 'jest.config.cjs');
    if (!existsSync(join(ROOT, config))) continue;
    process.stdout.write(`\n-- ${project}\n`);
    // Every project runs even when one fails, so the counts are complete.
    if (jest(config, project.replace('/', '-'), ['--maxWorkers=2']) !== 0) status = 1;
  }
  return status;
});
stage('Build', () => nx('build', '-p', 'api', 'partner-portal', 'back-office'));
stage('Browser tests (e2e)', () => jest('apps/e2e/jest.config.cjs', 'e2e', ['--runInBand']));
finish();

// Child-process helpers shared by start.mjs, dev.mjs and the browser tests' global setup.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

const PINO_LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** One readable line from a pino JSON log line; other lines are returned as they are. */
export function readableLogLine(line) {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line);
    const level = PINO_LEVELS[entry.level] ?? entry.level;
    const context = entry.context ? `${entry.context}: ` : '';
    const error = entry.err?.message ? ` (${entry.err.message})` : '';
    return `${level} ${context}${entry.msg ?? ''}${error}`;
  } catch {
    return line;
  }
}

/**
 * Starts a long-running child in its own process group, so that a terminal's Ctrl-C reaches only
 * the supervisor, which then stops the children in order (the API last: it stops PostgreSQL).
 * Output goes, prefixed, to the console (when `echo` is true) and raw to `logFile`.
 */
export function startChild(name, command, args, { env, cwd, logFile, echo = true, readable = false }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
    child.on('error', (error) => {
      log.write(`${String(error)}\n`);
      resolve({ code: 1, signal: null });
    });
  });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`${line}\n`);
      if (echo) out.write(`[${name}] ${readable ? readableLogLine(line) : line}\n`);
    });
  }
  let done = false;
  void exited.then(() => {
    done = true;
    log.end();
  });
  return {
    name,
    child,
    exited,
    get running() {
      return !done;
    },
    /** Sends `signal` to the child alone (the API handles SIGINT by stopping its database too). */
    signal(signal) {
      if (!done) {
        try {
          process.kill(child.pid, signal);
        } catch {
          // Already gone.
        }
      }
    },
    /** Kills the child's whole process group (what it started included). */
    killGroup(signal = 'SIGKILL') {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    },
  };
}

/** A TCP port free on the loopback interface right now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when GET `url` answers 2xx; rejects after `timeoutMs` or as soon as `abort` resolves. */
export async function waitForUrl(url, { timeoutMs = 120_000, abort } = {}) {
  let aborted = false;
  void abort?.then(() => (aborted = true));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (aborted) throw new Error(`stopped before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(250);
  }
}

/** Stops children in order: each gets `signal`, then SIGKILL to its group after `graceMs`. */
export async function stopChildren(children, { signal = 'SIGINT', graceMs = 20_000 } = {}) {
  for (const child of children) {
    if (!child.running) continue;
    child.signal(signal);
    const timer = setTimeout(() => child.killGroup('SIGKILL'), graceMs);
    await child.exited;
    clearTimeout(timer);
    // Whatever the child left behind in its group (vite's esbuild service, for instance).
    child.killGroup('SIGKILL');
  }
}

import type { ChildProcess } from 'node:child_process';

/**
 * Stops start.mjs like Ctrl-C would: it stops the previews, then the API, which stops PostgreSQL.
 * Only if that hangs is the supervisor killed outright.
 */
export async function stopSystem(child: ChildProcess, timeoutMs = 45_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}

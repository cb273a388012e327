import { rmSync } from 'node:fs';

import type { RunningSystem } from './global-setup';
import { stopSystem } from './stop-system';

/** Stops the system (the database included), then removes its data. */
export default async function globalTeardown(): Promise<void> {
  const system = (globalThis as { __relaisSystem__?: RunningSystem }).__relaisSystem__;
  if (!system) return;
  await stopSystem(system.process);
  rmSync(system.dataDir, { recursive: true, force: true });
}

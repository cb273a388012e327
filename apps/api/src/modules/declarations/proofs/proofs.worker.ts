import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { ProofsService } from './proofs.service';

/** Clean-up only needs to happen eventually. */
const POLL_MS = 15 * 60_000;

/** Deletes unattached proofs past their time; idempotent, so every API process may run it. */
@Injectable()
export class ProofsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProofsWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly proofs: ProofsService) {}

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.tick().finally(() => (this.running = undefined));
    }, POLL_MS);
  }

  async onApplicationShutdown() {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(): Promise<void> {
    try {
      await this.proofs.deleteOrphans();
    } catch (error) {
      this.logger.warn({ err: error }, 'Deleting unattached proofs failed; it will run again');
    }
  }
}

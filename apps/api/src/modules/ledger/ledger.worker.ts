import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { PeriodicJob } from '../../core/jobs/periodic-job';
import { LedgerService } from './ledger.service';

/** Confirmation and expiry only need to be roughly on time: a day's boundary, not a second's. */
const POLL_MS = 60_000;

/**
 * Confirms pending points and expires old lots in the background. Both jobs claim rows with
 * FOR UPDATE SKIP LOCKED, so several API processes can run this worker side by side.
 */
@Injectable()
export class LedgerWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LedgerWorker.name);
  private readonly job = new PeriodicJob(
    POLL_MS,
    () => this.tick(),
    (error) => this.logger.warn({ err: error }, 'Ledger jobs failed; they will run again'),
  );

  constructor(private readonly ledger: LedgerService) {}

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }

  private async tick(): Promise<void> {
    const now = new Date();
    await this.ledger.confirmDue(now);
    await this.ledger.expireDue(now);
  }
}

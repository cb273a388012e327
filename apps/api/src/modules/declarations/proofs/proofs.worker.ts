import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { PeriodicJob } from '../../../core/jobs/periodic-job';
import { ProofsService } from './proofs.service';

/** Clean-up only needs to happen eventually. */
const POLL_MS = 15 * 60_000;

/** Deletes unattached proofs past their time; idempotent, so every API process may run it. */
@Injectable()
export class ProofsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ProofsWorker.name);
  private readonly job = new PeriodicJob(
    POLL_MS,
    () => this.proofs.deleteOrphans(),
    (error) => this.logger.warn({ err: error }, 'Deleting unattached proofs failed; it will run again'),
  );

  constructor(private readonly proofs: ProofsService) {}

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }
}

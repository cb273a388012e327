import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';
import { ChallengeLifecycleService } from './challenge-lifecycle.service';

/** Moves challenges by time (live, ended, settled) every CHALLENGES_POLL_MS, in each API process. */
@Injectable()
export class ChallengesWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChallengesWorker.name);
  private readonly job: PeriodicJob;

  constructor(config: AppConfig, lifecycle: ChallengeLifecycleService) {
    this.job = new PeriodicJob(
      config.CHALLENGES_POLL_MS,
      () => lifecycle.runDue(),
      (error) => this.logger.warn({ err: error }, 'Challenge job failed; it will run again'),
    );
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }
}

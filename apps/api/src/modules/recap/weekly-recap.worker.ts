import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';
import { WeeklyRecapService } from './weekly-recap.service';

/** Looks every WEEKLY_RECAP_POLL_MS for recaps of last week still to send, in each API process. */
@Injectable()
export class WeeklyRecapWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WeeklyRecapWorker.name);
  private readonly job: PeriodicJob;

  constructor(config: AppConfig, recap: WeeklyRecapService) {
    this.job = new PeriodicJob(
      config.WEEKLY_RECAP_POLL_MS,
      () => recap.run(),
      (error) => this.logger.warn({ err: error }, 'Weekly recap job failed; it will run again'),
    );
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }
}

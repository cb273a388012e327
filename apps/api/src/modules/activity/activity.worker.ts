import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';
import { ActivityProcessor } from './activity-processor';

/** Feeds the metrics from recorded events every ACTIVITY_POLL_MS, in each API process. */
@Injectable()
export class ActivityWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ActivityWorker.name);
  private readonly job: PeriodicJob;

  constructor(config: AppConfig, processor: ActivityProcessor) {
    this.job = new PeriodicJob(
      config.ACTIVITY_POLL_MS,
      () => processor.processPending(),
      (error) => this.logger.warn({ err: error }, 'Activity processing failed; it will run again'),
    );
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }
}

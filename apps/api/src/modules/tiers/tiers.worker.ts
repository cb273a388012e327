import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';
import { TierEvaluation } from './tier-evaluation';

/**
 * Measures every partner every TIER_REFRESH_MS (a day by default): points and sales leave the
 * 12-month window with no event to say so. Also once at boot when TIER_REFRESH_ON_BOOT, so partners
 * created since (or a fresh install) get their tier without waiting a day.
 */
@Injectable()
export class TiersWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TiersWorker.name);
  private readonly job: PeriodicJob;
  private boot?: Promise<unknown>;

  constructor(
    private readonly config: AppConfig,
    private readonly evaluation: TierEvaluation,
  ) {
    this.job = new PeriodicJob(config.TIER_REFRESH_MS, () => evaluation.recomputeAll(), (error) => this.failed(error));
  }

  onApplicationBootstrap() {
    this.job.start();
    if (this.config.TIER_REFRESH_ON_BOOT) this.boot = this.evaluation.recomputeAll().catch((error: unknown) => this.failed(error));
  }

  async onApplicationShutdown() {
    await this.boot;
    await this.job.stop();
  }

  private failed(error: unknown) {
    this.logger.warn({ err: error }, 'Tier recomputation failed; it will run again');
  }
}

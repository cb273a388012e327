import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { PeriodicJob } from '../../core/jobs/periodic-job';
import { foldStatement, ROLLUP_JOURNALS } from './rollup-journals';

/**
 * Folds the rollups' journals of changes into their slices (see rollup-journals) every
 * ACTIVITY_POLL_MS, in each API process, so the journals stay a few rows long. The dashboards read
 * slices and journals together, so what they show does not wait for this.
 */
@Injectable()
export class RollupJournalWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RollupJournalWorker.name);
  private readonly job: PeriodicJob;

  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.job = new PeriodicJob(
      config.ACTIVITY_POLL_MS,
      () => this.fold(),
      (error) => this.logger.warn({ err: error }, 'Folding the rollup journals failed; it will run again'),
    );
  }

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }

  async fold(): Promise<void> {
    for (const journal of ROLLUP_JOURNALS) await this.dataSource.query(foldStatement(journal));
  }
}

import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { PeriodicJob } from '../../core/jobs/periodic-job';
import { UserTokensService } from '../users/user-tokens.service';
import { SessionsService } from './sessions.service';

/** Expired tokens only need to go eventually: hourly is plenty. */
const POLL_MS = 3_600_000;

/**
 * Deletes refresh, invitation and reset tokens a week after they expired, so the tables hold live
 * sessions rather than every sign-in ever made. A plain DELETE: running it in two API processes at
 * once deletes the same rows once.
 */
@Injectable()
export class TokenPurgeWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TokenPurgeWorker.name);
  private readonly job = new PeriodicJob(
    POLL_MS,
    () => this.purge(),
    (error) => this.logger.warn({ err: error }, 'Token purge failed; it will run again'),
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly userTokens: UserTokensService,
  ) {}

  onApplicationBootstrap() {
    this.job.start();
  }

  onApplicationShutdown() {
    return this.job.stop();
  }

  async purge(): Promise<void> {
    const refresh = await this.sessions.purgeExpired(this.dataSource.manager);
    const other = await this.userTokens.purgeExpired(this.dataSource.manager);
    if (refresh + other > 0) this.logger.log({ refreshTokens: refresh, userTokens: other }, 'Expired tokens deleted');
  }
}

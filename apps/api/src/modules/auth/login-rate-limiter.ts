import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { AppConfig } from '../../core/config/app-config';
import { AuthErrors } from './auth.errors';

/** Created by the migration AddAuthTables, not by the library at run time. */
export const LOGIN_RATE_LIMITS_TABLE = 'login_rate_limits';

/**
 * Counts failed sign-ins per account (e-mail) and per client address in PostgreSQL, so every
 * API process sees the same counters. Only failures count; a success clears the account's.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, config: AppConfig) {
    const common = {
      // TypeORM's own pg Pool: no second pool to size and close.
      storeClient: (dataSource.driver as PostgresDriver).master as unknown,
      storeType: 'pool',
      tableName: LOGIN_RATE_LIMITS_TABLE,
      tableCreated: true,
      duration: config.LOGIN_WINDOW_SECONDS,
    };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: config.LOGIN_MAX_ATTEMPTS_PER_ADDRESS });
  }

  /** Throws TOO_MANY_ATTEMPTS when either counter has used up its attempts. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const waits = [
      this.waitMs(account, this.perAccount.points),
      this.waitMs(client, this.perAddress.points),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw AuthErrors.tooManyAttempts(Math.max(1, Math.ceil(wait / 1000)));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email), this.perAddress.penalty(address)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private waitMs(state: RateLimiterRes | null, points: number): number {
    return state && state.consumedPoints >= points ? state.msBeforeNext : 0;
  }
}

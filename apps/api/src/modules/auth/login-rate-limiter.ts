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
 * Too many wrong passwords for one account lock it for a while (even the right password is
 * refused then); unknown e-mails are counted and locked alike, so a lock reveals no account.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  private readonly lockoutSeconds: number;

  constructor(@InjectDataSource() dataSource: DataSource, config: AppConfig) {
    this.lockoutSeconds = config.LOGIN_LOCKOUT_SECONDS;
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

  /**
   * Throws ACCOUNT_LOCKED (with the time it unlocks) for a locked account, TOO_MANY_ATTEMPTS when
   * the client address has used up its attempts.
   */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const locked = this.waitMs(account, this.perAccount.points);
    if (locked > 0) throw AuthErrors.accountLocked(new Date(Date.now() + locked));
    const wait = this.waitMs(client, this.perAddress.points);
    if (wait > 0) throw AuthErrors.tooManyAttempts(Math.max(1, Math.ceil(wait / 1000)));
  }

  /**
   * Counts a wrong password. The one that uses up the account's attempts locks it for
   * LOGIN_LOCKOUT_SECONDS from now (in the same table, so every API process sees the lock);
   * the lock's end is returned so the caller can say when it lifts.
   */
  async recordFailure(email: string, address: string): Promise<{ lockedUntil: Date } | null> {
    const [account] = await Promise.all([this.perAccount.penalty(email), this.perAddress.penalty(address)]);
    if (account.consumedPoints < this.perAccount.points) return null;
    const lock = await this.perAccount.block(email, this.lockoutSeconds);
    return { lockedUntil: new Date(Date.now() + lock.msBeforeNext) };
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  private waitMs(state: RateLimiterRes | null, points: number): number {
    return state && state.consumedPoints >= points ? state.msBeforeNext : 0;
  }
}

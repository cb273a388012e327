import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

import { AppConfig } from '../../core/config/app-config';

/** Created by the migration AddApiKeys, not by the library at run time. */
export const API_KEY_RATE_LIMITS_TABLE = 'api_key_rate_limits';

/**
 * Requests per key in a fixed window, counted in PostgreSQL so that every API process draws from
 * the same budget.
 */
@Injectable()
export class ApiKeyRateLimiter {
  private readonly limiter: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, config: AppConfig) {
    this.limiter = new RateLimiterPostgres({
      // TypeORM's own pg Pool: no second pool to size and close.
      storeClient: (dataSource.driver as PostgresDriver).master as unknown,
      storeType: 'pool',
      tableName: API_KEY_RATE_LIMITS_TABLE,
      tableCreated: true,
      keyPrefix: 'key',
      points: config.API_KEY_RATE_LIMIT,
      duration: config.API_KEY_RATE_WINDOW_SECONDS,
    });
  }

  /** Takes one request from the key's budget; returns the seconds to wait when there is none left. */
  async consume(keyId: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
    try {
      await this.limiter.consume(keyId);
      return { allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }
}

import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's messages through the API's structured logger (TypeORM would print to the console).
 * Parameters are left out: they carry personal data such as e-mail addresses.
 */
export class StructuredTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('TypeORM');

  logQuery(): void {
    // Every query would drown the log; failures and slow queries are what matter.
  }

  logQueryError(error: string | Error, query: string): void {
    // Many failures are expected and handled (a unique key refusing a duplicate): a warning, not an error.
    this.logger.warn({ query, err: typeof error === 'string' ? { message: error } : error }, 'Query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, ms: time }, 'Slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}

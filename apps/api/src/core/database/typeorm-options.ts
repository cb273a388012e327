import { TypeOrmModuleOptions } from '@nestjs/typeorm';

import { MIGRATIONS } from '../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { StructuredTypeOrmLogger } from './typeorm-logger';

/** One definition of how the API talks to PostgreSQL, shared by the app, the CLI and the tests. */
export function typeormOptions(url: string, runMigrations: boolean): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url,
    autoLoadEntities: true,
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsRun: runMigrations,
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, no superuser needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: new StructuredTypeOrmLogger(),
    logging: ['error', 'warn', 'migration'],
    maxQueryExecutionTime: 1000,
    // A request waits at most 5 s for a connection: while the server restarts, callers get a clean
    // SERVICE_UNAVAILABLE instead of hanging (node-postgres waits forever by default).
    extra: { max: 20, application_name: 'relais-api', connectionTimeoutMillis: 5_000 },
  };
}

import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { createApp } from '../app.factory';
import { ConfigError, loadConfig } from '../core/config/app-config';
import { startEmbeddedDatabase } from '../core/database/embedded-database';
import { createRootLogger } from '../core/logging/pino-logger';
import { seedDemoDataIfEmpty } from '../seed/seed-demo-data';

const USAGE = 'Usage: db <migrate|seed>  (migrate: run pending migrations; seed: migrate, then load the demo data into an empty database)';

/**
 * `npm run db:migrate` and `npm run seed`: the same boot as the API (same config, embedded or
 * external PostgreSQL), without listening. Migrations run as the application starts.
 */
async function main(): Promise<void> {
  const command = process.argv[2];
  if (command !== 'migrate' && command !== 'seed') throw new ConfigError(USAGE);
  const config = loadConfig({ ...process.env, RUN_MIGRATIONS: 'true' });
  const logger = createRootLogger(config.LOG_LEVEL);
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedDatabase({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, database: 'relais' });
  try {
    const app = await createApp(config, config.DATABASE_URL ?? (embedded?.url as string), logger);
    try {
      logger.info('Migrations are up to date');
      if (command === 'seed') {
        const seeded = await seedDemoDataIfEmpty(app.get(DataSource), logger);
        if (!seeded) logger.info('The database already has users: demo data not loaded');
      }
    } finally {
      await app.close();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});

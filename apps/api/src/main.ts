import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './core/config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './core/database/embedded-database';
import { createRootLogger } from './core/logging/pino-logger';
import { seedDemoDataIfEmpty } from './seed/seed-demo-data';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const logger = createRootLogger(config.LOG_LEVEL);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    logger.info({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT }, 'Starting the embedded PostgreSQL server');
    embedded = await startEmbeddedDatabase({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, database: 'relais' });
    databaseUrl = embedded.url;
  }

  const app = await createApp(config, databaseUrl, logger);
  if (config.SEED_DEMO_DATA) {
    await seedDemoDataIfEmpty(app.get(DataSource), logger);
  }
  await app.listen(config.API_PORT, config.API_HOST);
  logger.info({ port: config.API_PORT }, 'Relais API is listening');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Stopping');
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Relais API failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

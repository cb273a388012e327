import 'reflect-metadata';

import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/core/config/app-config';
import { startEmbeddedDatabase } from '../src/core/database/embedded-database';
import { createRootLogger } from '../src/core/logging/pino-logger';
import { seedDemoDataIfEmpty } from '../src/seed/seed-demo-data';

export const TEMPLATE_DATABASE = 'relais_template';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * One real PostgreSQL server for the whole run, and a template database migrated and loaded
 * with the demo data once; each test file clones it (CREATE DATABASE … TEMPLATE), which
 * takes a fraction of a second and isolates files from each other.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'relais-test-pg-'));
  const database = await startEmbeddedDatabase({ dir, port: await freePort(), database: TEMPLATE_DATABASE, persistent: false });
  (globalThis as { __relaisDatabase__?: unknown }).__relaisDatabase__ = database;

  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createApp(config, database.url, createRootLogger('silent'));
  await seedDemoDataIfEmpty(app.get(DataSource));
  await app.close();
  // @nestjs/graphql keeps its type metadata on `global`, and jest copies this process's globals
  // into in-band test environments: left here, the classes loaded above would be built into
  // every test's schema next to the test's own, and fail on the first object-typed field.
  for (const key of ['GqlTypeMetadataStorage', 'GqlLazyMetadataStorageHost']) delete (globalThis as Record<string, unknown>)[key];

  process.env.RELAIS_TEST_ADMIN_URL = database.adminUrl;
  process.env.RELAIS_TEST_TEMPLATE_URL = database.url;
}

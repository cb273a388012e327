import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { Client } from 'pg';

import { ConfigError, loadConfig } from '../core/config/app-config';
import { EmbeddedDatabase, embeddedDatabaseUrl,startEmbeddedDatabase } from '../core/database/embedded-database';
import { backupDatabase, restoreDatabase } from './backup/pg-tools';

const USAGE = `Usage:
  npm run db:backup [-- --file backups/name.dump]     a consistent snapshot (the API may keep running)
  npm run db:restore -- --file backups/name.dump [--force]   replaces the database's content (stop the API first)`;

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The database of `npm start`: DATABASE_URL, else the embedded server — the one already running
 * (an `npm start` in another terminal holds its data folder) or, when none is, one started here.
 */
async function database(): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  const config = loadConfig(process.env);
  if (config.DATABASE_URL) return { url: config.DATABASE_URL };
  const running = embeddedDatabaseUrl(config.EMBEDDED_PG_PORT, 'relais');
  if (await answers(running)) return { url: running };
  const embedded = await startEmbeddedDatabase({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, database: 'relais' });
  return { url: embedded.url, embedded };
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { file: { type: 'string' }, force: { type: 'boolean', default: false } } });
  const command = positionals[0];
  if ((command !== 'backup' && command !== 'restore') || (command === 'restore' && !values.file)) throw new ConfigError(USAGE);
  const { url, embedded } = await database();
  try {
    if (command === 'backup') {
      const file = resolve(values.file ?? `backups/relais-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
      mkdirSync(dirname(file), { recursive: true });
      const { bytes } = await backupDatabase(url, file);
      process.stdout.write(`Backup written to ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)\n`);
    } else {
      await restoreDatabase(url, resolve(values.file as string), { force: values.force });
      process.stdout.write(`Database restored from ${values.file}\n`);
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error).message ?? String(error))}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});

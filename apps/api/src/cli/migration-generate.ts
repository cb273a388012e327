import 'reflect-metadata';

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { createApp } from '../app.factory';
import { loadConfig } from '../core/config/app-config';
import { startEmbeddedDatabase } from '../core/database/embedded-database';
import { createRootLogger } from '../core/logging/pino-logger';
import { schemaDiff } from './schema-diff';

/**
 * Writes apps/api/src/migrations/<timestamp>-<Name>.ts with the SQL that brings the
 * development database (migrated first) in line with the entities. Read it before committing.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: migration-generate <PascalCaseName>');
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedDatabase({ dir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, database: 'relais' });
  const app = await createApp(config, config.DATABASE_URL ?? (embedded?.url as string), createRootLogger('warn'));
  try {
    const diff = await schemaDiff(app.get(DataSource));
    if (diff.up.length === 0) {
      process.stdout.write('Entities and migrations agree: nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const indent = (queries: string[]) => queries.map((q) => `    await queryRunner.query(\`${q.replace(/[\\`]|\$\{/g, (m) => `\\${m}`)}\`);`).join('\n');
    const file = join(process.cwd(), 'apps/api/src/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${indent(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${indent(diff.down)}
  }
}
`,
    );
    process.stdout.write(`Wrote ${file}\nList it in apps/api/src/migrations/index.ts, then read it.\n`);
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

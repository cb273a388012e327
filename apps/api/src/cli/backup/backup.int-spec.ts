import { copyFileSync, mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { declarationInput, declare, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { ActivityProcessor } from '../../modules/activity/activity-processor';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { backupDatabase, restoreDatabase } from './pg-tools';

/** One digest per table of the public schema: its row count and an md5 of its rows in a fixed order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`);
      digests[name] = `${rows[0].n}:${rows[0].md5}`;
    }
    // Sequences too: a restored database must not hand out numbers it already gave.
    const { rows: sequences } = await client.query<{ name: string; last: string | null }>(
      "SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public'",
    );
    for (const { name, last } of sequences) digests[`sequence ${name}`] = String(last);
    return digests;
  } finally {
    await client.end();
  }
}

async function onDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('npm run db:backup / db:restore (pg_dump and pg_restore)', () => {
  let t: TestApp;
  let dir: string;
  let sourceUrl: string;
  const restoredName = `relais_restored_${process.pid}`;
  const restoredUrl = () => sourceUrl.replace(/\/[^/]+$/, `/${restoredName}`);
  const admin = (sql: string) => onDatabase(process.env.RELAIS_TEST_ADMIN_URL as string, (c) => c.query(sql));

  beforeAll(async () => {
    // No background worker writes between the backup and the fingerprint it is compared with.
    const idle = '3600000';
    t = await createTestApp({ ACTIVITY_POLL_MS: idle, OUTBOX_POLL_MS: idle, WEBHOOK_POLL_MS: idle, CHALLENGES_POLL_MS: idle });
    dir = mkdtempSync(join(tmpdir(), 'relais-backup-'));
    const [{ name }] = await t.sql<{ name: string }>('SELECT current_database() AS name');
    sourceUrl = (process.env.RELAIS_TEST_TEMPLATE_URL as string).replace(/\/[^/]+$/, `/${name}`);
    // Something written through the API since the seed: a declaration approved (lines, points, audit, outbox).
    const partner = demoPartnerAccounts(1);
    const declaration = await declare(t, await t.tokenFor(partner.admin.email), declarationInput());
    const approved = await t.gql(OPS.approve, { id: declaration.id }, { token: await t.tokenFor(DEMO_USERS.brandAdmin.email) });
    expect(approved.data?.approveDeclaration.status).toBe('APPROVED');
    await t.app.get(ActivityProcessor).processPending();
    await admin(`CREATE DATABASE "${restoredName}" TEMPLATE template0`);
  });

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips every table row for row, and the restored database keeps its guards and sequences', async () => {
    const file = join(dir, 'relais.dump');
    // Taken while the API runs and holds connections: pg_dump reads one consistent snapshot.
    const { bytes } = await backupDatabase(sourceUrl, file);
    expect(bytes).toBeGreaterThan(10_000);
    const before = await fingerprint(sourceUrl);

    await restoreDatabase(restoredUrl(), file);

    expect(await fingerprint(restoredUrl())).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(40);
    await onDatabase(restoredUrl(), async (c) => {
      // The audit log's triggers came back with the tables: its entries still cannot be edited.
      await expect(c.query('UPDATE audit_entries SET operation = operation')).rejects.toThrow();
      const { rows } = await c.query("SELECT count(*)::int AS n FROM migrations");
      expect(rows[0].n).toBe(Number(before.migrations.split(':')[0]));
    });
  });

  it('replaces changed content with the backup, and refuses while other sessions are connected', async () => {
    const file = join(dir, 'relais.dump');
    const expected = await fingerprint(restoredUrl());
    await onDatabase(restoredUrl(), (c) => c.query("UPDATE partners SET name = 'Changed after the backup'"));
    expect(await fingerprint(restoredUrl())).not.toEqual(expected);

    // The test app is connected to its own database: restoring over it is refused with the reason.
    await expect(restoreDatabase(sourceUrl, file)).rejects.toThrow(/stop the API first/);

    await restoreDatabase(restoredUrl(), file);
    expect(await fingerprint(restoredUrl())).toEqual(expected);
  });

  it('leaves the database as it was when the backup is damaged (one transaction)', async () => {
    const damaged = join(dir, 'damaged.dump');
    copyFileSync(join(dir, 'relais.dump'), damaged);
    truncateSync(damaged, Math.floor(statSync(damaged).size * 0.6));
    const before = await fingerprint(restoredUrl());

    await expect(restoreDatabase(restoredUrl(), damaged)).rejects.toThrow(/pg_restore exited/);

    expect(await fingerprint(restoredUrl())).toEqual(before);
  });
});

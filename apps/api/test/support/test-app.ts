import 'reflect-metadata';

import { randomBytes } from 'node:crypto';

import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/core/config/app-config';
import { createRootLogger } from '../../src/core/logging/pino-logger';
import { DEMO_PASSWORD } from '../../src/seed/demo-ids';
import { Mailbox, startMailbox } from './mailbox';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; fields?: { field: string; reason: string }[]; details?: Record<string, unknown> };
}

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}

export interface TestApp {
  url: string;
  app: INestApplication;
  dataSource: DataSource;
  mailbox: Mailbox;
  /** Sends a GraphQL operation over HTTP, as a browser would. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: { token?: string; headers?: Record<string, string> }): Promise<GqlResult<T>>;
  /** Signs in (demo password by default) and returns the access token. */
  tokenFor(email: string, password?: string): Promise<string>;
  /** Runs SQL against this file's database, to arrange data or check what was written. */
  sql<T = Record<string, any>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function cloneTemplate(name: string): Promise<void> {
  const admin = new Client({ connectionString: process.env.RELAIS_TEST_ADMIN_URL });
  await admin.connect();
  try {
    // Two files cloning at the same instant can make PostgreSQL report the template as busy.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE relais_template`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
}

async function dropDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: process.env.RELAIS_TEST_ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * The real API on a random port, against a fresh database cloned from the migrated and seeded
 * template, with a real SMTP server receiving its e-mails.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const name = `relais_test_${randomBytes(6).toString('hex')}`;
  await cloneTemplate(name);
  const databaseUrl = (process.env.RELAIS_TEST_TEMPLATE_URL as string).replace(/\/[^/]+$/, `/${name}`);
  const mailbox = await startMailbox();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    OUTBOX_POLL_MS: '50',
    // Tests decide when tiers are measured; a background pass would notify in the middle of them.
    TIER_REFRESH_ON_BOOT: 'false',
    ...env,
  });
  let app: INestApplication | undefined;
  try {
    app = await createApp(config, databaseUrl, createRootLogger(process.env.RELAIS_TEST_LOG ?? 'silent'));
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    // Leave nothing running behind a failed start, or jest would hang on open handles.
    await app?.close().catch(() => undefined);
    await mailbox.close();
    await dropDatabase(name);
    throw error;
  }
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = app.get(DataSource);

  const gql: TestApp['gql'] = async (query, variables, options) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options?.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options?.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<any>;
  };

  return {
    url,
    app: app,
    dataSource,
    mailbox,
    gql,
    async tokenFor(email, password = DEMO_PASSWORD) {
      const result = await gql<{ signIn: { accessToken: string } }>(
        'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
        { input: { email, password } },
      );
      if (!result.data?.signIn) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.signIn.accessToken;
    },
    sql: (query, params) => dataSource.query(query, params),
    async close() {
      await app?.close();
      await mailbox.close();
      await dropDatabase(name);
    },
  };
}

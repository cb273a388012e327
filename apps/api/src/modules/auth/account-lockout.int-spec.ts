import type { INestApplication } from '@nestjs/common';

import { createTestApp, GqlError, GqlResult, TestApp } from '../../../test/support/test-app';
import { createApp } from '../../app.factory';
import { loadConfig } from '../../core/config/app-config';
import { createRootLogger } from '../../core/logging/pino-logger';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-ids';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const ENV = { LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100', LOGIN_WINDOW_SECONDS: '600', LOGIN_LOCKOUT_SECONDS: '3' };

async function signIn(url: string, email: string, password: string): Promise<GqlResult> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
  });
  return (await response.json()) as GqlResult;
}

/** When the lock an ACCOUNT_LOCKED error names ends (ms since the epoch; NaN without one). */
const lockedUntilOf = (error?: GqlError) => Date.parse(String(error?.extensions?.details?.lockedUntil));

describe('Account lock-out', () => {
  let t: TestApp;
  // A second API process on the same database, as behind a load balancer.
  let other: INestApplication;
  let otherUrl: string;
  beforeAll(async () => {
    t = await createTestApp(ENV);
    const databaseUrl = (t.dataSource.options as { url: string }).url;
    other = await createApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', TIER_REFRESH_ON_BOOT: 'false', ...ENV }), databaseUrl, createRootLogger('silent'));
    await other.listen(0, '127.0.0.1');
    otherUrl = (await other.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it('locks an account after too many wrong passwords, says until when, holds on every API process, and lifts by itself', async () => {
    const email = DEMO_USERS.brandAdmin.email;
    expect((await signIn(t.url, email, 'Wrong-password-1')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(otherUrl, email, 'Wrong-password-2')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');

    const before = Date.now();
    const locking = (await signIn(t.url, email, 'Wrong-password-3')).errors?.[0];
    expect(locking?.extensions).toMatchObject({ code: 'ACCOUNT_LOCKED', kind: 'TOO_MANY_REQUESTS' });
    const lockedUntil = lockedUntilOf(locking);
    expect(lockedUntil).toBeGreaterThanOrEqual(before + 2000);
    expect(lockedUntil).toBeLessThanOrEqual(Date.now() + 3000);

    // The right password is refused too, here and on the other process, with the same end.
    for (const url of [t.url, otherUrl]) {
      const refused = (await signIn(url, email, DEMO_PASSWORD)).errors?.[0];
      expect(refused?.extensions?.code).toBe('ACCOUNT_LOCKED');
      expect(Math.abs(lockedUntilOf(refused) - lockedUntil)).toBeLessThan(1000);
    }
    // Nothing of the lock reached the message a user could read, only the code and the time.
    expect(locking?.message).not.toMatch(/login_rate_limits|points|key/);

    await new Promise((resolve) => setTimeout(resolve, lockedUntil - Date.now() + 200));
    const after = await signIn(otherUrl, email, DEMO_PASSWORD);
    expect(after.errors).toBeUndefined();
    // The success cleared the count: one wrong password is only that again.
    expect((await signIn(t.url, email, 'Wrong-password-4')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
  });

  it('locks one account only: the others still sign in from the same address', async () => {
    const email = DEMO_USERS.channelManagerNorth.email;
    for (let i = 0; i < 3; i++) await signIn(t.url, email, 'Wrong-password-1');
    expect((await signIn(t.url, email, DEMO_PASSWORD)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
    expect((await signIn(t.url, DEMO_USERS.channelManagerSouth.email, DEMO_PASSWORD)).errors).toBeUndefined();
  });
});

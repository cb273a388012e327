import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }';

describe('AuthService', () => {
  describe('signIn rate limit', () => {
    describe('per account', () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100', LOGIN_WINDOW_SECONDS: '600' });
      });
      afterAll(() => t.close());
      const attempt = (email: string, password: string) => t.gql(SIGN_IN, { input: { email, password } });

      it('refuses even the right password once the account has used its failed attempts', async () => {
        const email = DEMO_USERS.channelManagerNorth.email;
        for (let i = 0; i < 2; i++) {
          expect((await attempt(email, 'Wrong-password-1')).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
        }
        // The third wrong password locks the account, and says so.
        expect((await attempt(email, 'Wrong-password-1')).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
        const blocked = await attempt(email.toUpperCase(), DEMO_PASSWORD);
        expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'ACCOUNT_LOCKED', kind: 'TOO_MANY_REQUESTS' });
        const retryAfter = (blocked.errors?.[0]?.extensions as any).details.retryAfterSeconds;
        expect(retryAfter).toBeGreaterThan(0);
        expect(retryAfter).toBeLessThanOrEqual(900);
        // The counters live in PostgreSQL, shared by every API process (a lock counts one past the limit).
        const [row] = await t.sql(`SELECT points FROM login_rate_limits WHERE key = $1`, [`account:${email}`]);
        expect(row.points).toBe(4);
      });

      it('does not hold other accounts back', async () => {
        expect((await attempt(DEMO_USERS.channelManagerSouth.email, DEMO_PASSWORD)).errors).toBeUndefined();
      });

      it('counts unknown e-mails too, so the limit does not reveal which accounts exist', async () => {
        for (let i = 0; i < 3; i++) await attempt('ghost@relais.demo', 'Wrong-password-1');
        expect((await attempt('ghost@relais.demo', 'Wrong-password-1')).errors?.[0]?.extensions?.code).toBe('ACCOUNT_LOCKED');
      });

      it('starts the count again after a successful sign-in', async () => {
        const { admin } = demoPartnerAccounts(5);
        await attempt(admin.email, 'Wrong-password-1');
        await attempt(admin.email, 'Wrong-password-1');
        expect((await attempt(admin.email, DEMO_PASSWORD)).errors).toBeUndefined();
        await attempt(admin.email, 'Wrong-password-1');
        await attempt(admin.email, 'Wrong-password-1');
        expect((await attempt(admin.email, DEMO_PASSWORD)).errors).toBeUndefined();
      });
    });

    describe('per client address', () => {
      let t: TestApp;
      beforeAll(async () => {
        t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '100', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '3' });
      });
      afterAll(() => t.close());

      it('refuses every account from an address that has used its failed attempts', async () => {
        expect((await t.gql(SIGN_IN, { input: { email: DEMO_USERS.brandAdmin.email, password: DEMO_PASSWORD } })).errors).toBeUndefined();
        for (const n of [1, 2, 3]) {
          const result = await t.gql(SIGN_IN, { input: { email: demoPartnerAccounts(n).admin.email, password: 'Wrong-password-1' } });
          expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
        }
        const blocked = await t.gql(SIGN_IN, { input: { email: DEMO_USERS.brandAdmin.email, password: DEMO_PASSWORD } });
        expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', kind: 'TOO_MANY_REQUESTS' });
      });
    });
  });
});

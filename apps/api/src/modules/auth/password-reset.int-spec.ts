import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const REQUEST = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation ($input: RefreshInput!) { refreshSession(input: $input) { accessToken } }';
const NEW_PASSWORD = 'Brand-new-password-7';

describe('AuthService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PORTAL_URL: 'http://portal.test', BACK_OFFICE_URL: 'http://back-office.test' });
  });
  afterAll(() => t.close());

  const tokenFromMail = async (to: string, subject: RegExp) => {
    const link = new URL(t.mailbox.linkIn(await t.mailbox.waitFor(to, subject)));
    return { link, token: link.searchParams.get('token') as string };
  };

  describe('requestPasswordReset and resetPassword', () => {
    it('e-mails a link in the user\'s language; the token sets a new password once and ends every session', async () => {
      const { admin } = demoPartnerAccounts(1); // a French-speaking partner admin
      const old = (await t.gql(SIGN_IN, { input: { email: admin.email, password: DEMO_PASSWORD } })).data?.signIn;
      expect((await t.gql(REQUEST, { input: { email: admin.email.toUpperCase(), app: 'PORTAL' } })).data?.requestPasswordReset).toBe(true);
      const mail = await t.mailbox.waitFor(admin.email, /mot de passe/);
      expect(mail.text).toMatch(/expire le \d{1,2} \S+ 20\d\d/);
      const { link, token } = await tokenFromMail(admin.email, /mot de passe/);
      expect(`${link.origin}${link.pathname}`).toBe('http://portal.test/reset-password');

      expect((await t.gql(RESET, { input: { token, password: NEW_PASSWORD } })).data?.resetPassword).toBe(true);
      expect((await t.gql(SIGN_IN, { input: { email: admin.email, password: DEMO_PASSWORD } })).errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      expect((await t.gql(SIGN_IN, { input: { email: admin.email, password: NEW_PASSWORD } })).errors).toBeUndefined();
      expect((await t.gql(REFRESH, { input: { refreshToken: old.refreshToken } })).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');

      const again = await t.gql(RESET, { input: { token, password: 'Another-password-8' } });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'TOKEN_INVALID', field: 'token' });
    });

    it('links to the back-office when asked from there, in English for an English-speaking user', async () => {
      await t.gql(REQUEST, { input: { email: DEMO_USERS.channelManagerSouth.email, app: 'BACK_OFFICE' } });
      const { link } = await tokenFromMail(DEMO_USERS.channelManagerSouth.email, /Reset your Relais password/);
      expect(link.origin).toBe('http://back-office.test');
    });

    it('answers true and sends nothing for an unknown or deactivated e-mail', async () => {
      const { member } = demoPartnerAccounts(2);
      await t.sql(`UPDATE users SET status = 'DEACTIVATED' WHERE id = $1`, [member.id]);
      const before = await t.sql('SELECT count(*)::int AS n FROM outbox_email');
      for (const email of ['nobody@relais.demo', member.email]) {
        expect((await t.gql(REQUEST, { input: { email, app: 'PORTAL' } })).data?.requestPasswordReset).toBe(true);
      }
      expect(await t.sql('SELECT count(*)::int AS n FROM outbox_email')).toEqual(before);
      expect(await t.sql(`SELECT 1 FROM user_tokens WHERE user_id = $1`, [member.id])).toHaveLength(0);
    });

    it('refuses a weak password naming the problem, and keeps the token usable', async () => {
      const { member } = demoPartnerAccounts(3);
      await t.gql(REQUEST, { input: { email: member.email, app: 'PORTAL' } });
      const { token } = await tokenFromMail(member.email, /./);
      const [before] = await t.sql('SELECT password_hash FROM users WHERE id = $1', [member.id]);
      const weak = await t.gql(RESET, { input: { token, password: 'short1' } });
      expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password', reason: 'tooShort' });
      const letters = await t.gql(RESET, { input: { token, password: 'onlyletterspassword' } });
      expect(letters.errors?.[0]?.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password', reason: 'needsLetterAndDigit' });
      expect(await t.sql('SELECT password_hash FROM users WHERE id = $1', [member.id])).toEqual([before]);
      expect((await t.gql(RESET, { input: { token, password: NEW_PASSWORD } })).data?.resetPassword).toBe(true);
    });

    it('refuses an expired token', async () => {
      const { admin } = demoPartnerAccounts(4);
      await t.gql(REQUEST, { input: { email: admin.email, app: 'PORTAL' } });
      const { token } = await tokenFromMail(admin.email, /./);
      await t.sql(`UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [admin.id]);
      const result = await t.gql(RESET, { input: { token, password: NEW_PASSWORD } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'TOKEN_EXPIRED', field: 'token' });
    });

    it('answers INVALID_INPUT naming the field for a bad e-mail or app', async () => {
      const email = await t.gql(REQUEST, { input: { email: 'nope', app: 'PORTAL' } });
      expect(email.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
    });
  });
});

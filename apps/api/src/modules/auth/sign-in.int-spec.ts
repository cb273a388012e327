import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email role partnerId partner { id name } status } }
}`;

describe('AuthService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('signIn', () => {
    it('returns an access token, a refresh token and the user, and records the sign-in', async () => {
      const before = Date.now();
      const result = await t.gql(SIGN_IN, { input: { email: DEMO_USERS.brandAdmin.email, password: DEMO_PASSWORD } });
      expect(result.errors).toBeUndefined();
      const payload = result.data!.signIn;
      expect(payload.user).toMatchObject({ id: DEMO_USERS.brandAdmin.id, role: 'BRAND_ADMIN', partnerId: null, partner: null, status: 'ACTIVE' });
      expect(payload.refreshToken.length).toBeGreaterThanOrEqual(43);
      expect(new Date(payload.accessTokenExpiresAt).getTime()).toBeGreaterThan(before + 800_000);

      const me = await t.gql('{ me { id } }', {}, { token: payload.accessToken });
      expect(me.data?.me.id).toBe(DEMO_USERS.brandAdmin.id);
      const [row] = await t.sql('SELECT last_login_at FROM users WHERE id = $1', [DEMO_USERS.brandAdmin.id]);
      expect(new Date(row.last_login_at).getTime()).toBeGreaterThanOrEqual(before - 1000);
    });

    it('puts the role and the partner in the access token and answers the partner summary', async () => {
      const accounts = demoPartnerAccounts(1);
      const result = await t.gql(SIGN_IN, { input: { email: accounts.member.email, password: DEMO_PASSWORD } });
      const { accessToken, user } = result.data!.signIn;
      expect(user).toMatchObject({ role: 'PARTNER_MEMBER', partnerId: accounts.partnerId, partner: { id: accounts.partnerId, name: 'Chauffage Dupont' } });
      const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
      expect(claims).toMatchObject({ sub: accounts.member.id, role: 'PARTNER_MEMBER', pid: accounts.partnerId, typ: 'access' });
    });

    it('ignores the case and surrounding spaces of the e-mail', async () => {
      const result = await t.gql(SIGN_IN, { input: { email: `  ${DEMO_USERS.brandAdmin.email.toUpperCase()} `, password: DEMO_PASSWORD } });
      expect(result.data?.signIn.user.id).toBe(DEMO_USERS.brandAdmin.id);
    });

    it('keeps only a hash of the refresh token', async () => {
      const result = await t.gql(SIGN_IN, { input: { email: DEMO_USERS.channelManagerNorth.email, password: DEMO_PASSWORD } });
      const { refreshToken } = result.data!.signIn;
      const rows = await t.sql('SELECT token_hash FROM refresh_tokens WHERE user_id = $1', [DEMO_USERS.channelManagerNorth.id]);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.token_hash)).not.toContain(refreshToken);
    });

    it('answers INVALID_CREDENTIALS alike for a wrong password and an unknown e-mail', async () => {
      const wrong = await t.gql(SIGN_IN, { input: { email: DEMO_USERS.brandAdmin.email, password: 'Not-the-password-1' } });
      const unknown = await t.gql(SIGN_IN, { input: { email: 'nobody@relais.demo', password: DEMO_PASSWORD } });
      for (const result of [wrong, unknown]) {
        expect(result.data).toBeNull();
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CREDENTIALS', kind: 'UNAUTHENTICATED' });
      }
      expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    });

    it('says ACCOUNT_NOT_ACTIVE to a deactivated user only when the password is right', async () => {
      const { admin } = demoPartnerAccounts(2);
      await t.sql(`UPDATE users SET status = 'DEACTIVATED' WHERE id = $1`, [admin.id]);
      const right = await t.gql(SIGN_IN, { input: { email: admin.email, password: DEMO_PASSWORD } });
      expect(right.errors?.[0]?.extensions?.code).toBe('ACCOUNT_NOT_ACTIVE');
      const wrong = await t.gql(SIGN_IN, { input: { email: admin.email, password: 'Not-the-password-1' } });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(await t.sql('SELECT 1 FROM refresh_tokens WHERE user_id = $1', [admin.id])).toHaveLength(0);
    });

    it('refuses an invited user who has no password yet', async () => {
      const { member } = demoPartnerAccounts(2);
      await t.sql(`UPDATE users SET status = 'INVITED' WHERE id = $1`, [member.id]);
      const result = await t.gql(SIGN_IN, { input: { email: member.email, password: DEMO_PASSWORD } });
      expect(result.errors?.[0]?.extensions?.code).toBe('ACCOUNT_NOT_ACTIVE');
    });

    it('answers INVALID_INPUT naming the field for a malformed e-mail', async () => {
      const result = await t.gql(SIGN_IN, { input: { email: 'not-an-email', password: DEMO_PASSWORD } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'email', reason: 'isEmail' });
    });
  });
});

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { TokenPurgeWorker } from './token-purge.worker';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation ($input: RefreshInput!) { refreshSession(input: $input) { accessToken refreshToken user { id } } }';
const SIGN_OUT = 'mutation ($input: SignOutInput!) { signOut(input: $input) }';

describe('AuthService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const signIn = async (email: string) => {
    const result = await t.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    return result.data?.signIn as { accessToken: string; refreshToken: string };
  };
  const refresh = (refreshToken: string) => t.gql(REFRESH, { input: { refreshToken } });

  describe('refreshSession', () => {
    it('returns a new pair in the same family and marks the presented token used', async () => {
      const first = await signIn(DEMO_USERS.brandAdmin.email);
      const result = await refresh(first.refreshToken);
      expect(result.errors).toBeUndefined();
      const next = result.data?.refreshSession;
      expect(next.user.id).toBe(DEMO_USERS.brandAdmin.id);
      expect(next.refreshToken).not.toBe(first.refreshToken);
      expect((await t.gql('{ me { id } }', {}, { token: next.accessToken })).data?.me.id).toBe(DEMO_USERS.brandAdmin.id);
      const rows = await t.sql('SELECT family_id, used_at, replaced_by, id FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at', [DEMO_USERS.brandAdmin.id]);
      expect(rows).toHaveLength(2);
      expect(rows[0].family_id).toBe(rows[1].family_id);
      expect(rows[0].used_at).not.toBeNull();
      expect(rows[0].replaced_by).toBe(rows[1].id);
    });

    it('rotates once more when a token comes back at once while its successor was never used (a lost answer)', async () => {
      const { admin } = demoPartnerAccounts(4);
      const first = await signIn(admin.email);
      const lost = (await refresh(first.refreshToken)).data?.refreshSession;
      const again = await refresh(first.refreshToken);
      expect(again.errors).toBeUndefined();
      expect((await refresh(lost.refreshToken)).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
      expect((await refresh(again.data?.refreshSession.refreshToken)).errors).toBeUndefined();
    });

    it('revokes the whole family when a used token is presented again after its successor was used, so the newer token stops working too', async () => {
      const first = await signIn(DEMO_USERS.channelManagerNorth.email);
      const second = (await refresh(first.refreshToken)).data?.refreshSession;
      const third = (await refresh(second.refreshToken)).data?.refreshSession;
      const replay = await refresh(first.refreshToken);
      expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'REFRESH_TOKEN_REUSED', kind: 'UNAUTHENTICATED' });
      const victim = await refresh(third.refreshToken);
      expect(victim.errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
      const live = await t.sql('SELECT 1 FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [DEMO_USERS.channelManagerNorth.id]);
      expect(live).toHaveLength(0);
    });

    it('leaves the other sessions of the user alone when one family is revoked', async () => {
      const phone = await signIn(DEMO_USERS.channelManagerSouth.email);
      const laptop = await signIn(DEMO_USERS.channelManagerSouth.email);
      const next = (await refresh(phone.refreshToken)).data?.refreshSession;
      await refresh(next.refreshToken);
      expect((await refresh(phone.refreshToken)).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_REUSED');
      expect((await refresh(laptop.refreshToken)).errors).toBeUndefined();
    });

    it('refuses an unknown or expired refresh token', async () => {
      expect((await refresh('not-a-token')).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
      const { admin } = demoPartnerAccounts(3);
      const session = await signIn(admin.email);
      await t.sql(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [admin.id]);
      expect((await refresh(session.refreshToken)).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
    });

    it('refuses a user who was deactivated since signing in', async () => {
      const { member } = demoPartnerAccounts(3);
      const session = await signIn(member.email);
      await t.sql(`UPDATE users SET status = 'DEACTIVATED' WHERE id = $1`, [member.id]);
      expect((await refresh(session.refreshToken)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_NOT_ACTIVE');
    });

    it('answers INVALID_INPUT naming the field for an empty token', async () => {
      const result = await refresh('');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'refreshToken' });
    });
  });

  describe('signOut', () => {
    it('ends the session of the token and can be called again', async () => {
      const { admin } = demoPartnerAccounts(4);
      const session = await signIn(admin.email);
      expect((await t.gql(SIGN_OUT, { input: { refreshToken: session.refreshToken } })).data?.signOut).toBe(true);
      expect((await refresh(session.refreshToken)).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
      expect((await t.gql(SIGN_OUT, { input: { refreshToken: session.refreshToken } })).data?.signOut).toBe(true);
      expect((await t.gql(SIGN_OUT, { input: { refreshToken: 'unknown' } })).data?.signOut).toBe(true);
    });
  });

  describe('TokenPurgeWorker', () => {
    it('deletes refresh tokens a week after they expired, and keeps the live ones', async () => {
      const { member } = demoPartnerAccounts(5);
      const kept = await signIn(member.email);
      await signIn(member.email);
      await t.sql(`UPDATE refresh_tokens SET expires_at = now() - interval '8 days' WHERE id = (SELECT id FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1)`, [member.id]);
      const tokens = async () => (await t.sql('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [member.id]))[0].n;
      expect(await tokens()).toBe(2);
      await t.app.get(TokenPurgeWorker).purge();
      expect(await tokens()).toBe(1);
      expect((await refresh(kept.refreshToken)).errors).toBeUndefined();
    });
  });
});

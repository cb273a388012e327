import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const USERS = `query ($filter: UserFilter, $page: PageInput) {
  users(filter: $filter, page: $page) { total items { id email role partnerId partner { id code name } status } }
}`;
const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id partnerId role } }';
const DEACTIVATE = 'mutation ($id: ID!) { deactivateUser(id: $id) { id status } }';
const REACTIVATE = 'mutation ($id: ID!) { reactivateUser(id: $id) { id status } }';
const PROFILE = 'mutation ($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { firstName lastName locale } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { refreshToken } }';
const REFRESH = 'mutation ($input: RefreshInput!) { refreshSession(input: $input) { accessToken } }';

const p1 = demoPartnerAccounts(1); // Chauffage Dupont, channel manager North
const p4 = demoPartnerAccounts(4); // Clim Provence, channel manager South
const invitee = (n: number, extra: Record<string, unknown> = {}) => ({
  email: `invitee${n}@example.demo`,
  firstName: 'In',
  lastName: `Vitee ${n}`,
  role: 'PARTNER_MEMBER',
  ...extra,
});

describe('UsersService', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    tokens.brandAdmin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    tokens.north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    tokens.p1Admin = await t.tokenFor(p1.admin.email);
    tokens.p1Member = await t.tokenFor(p1.member.email);
    tokens.p4Admin = await t.tokenFor(p4.admin.email);
  });
  afterAll(() => t.close());

  describe('users', () => {
    it('gives a brand admin every user, with the partner summary, paged', async () => {
      const all = await t.gql(USERS, { page: { limit: 100 } }, { token: tokens.brandAdmin });
      expect(all.data?.users.total).toBe(63);
      const member = all.data?.users.items.find((u: any) => u.id === p1.member.id);
      expect(member.partner).toEqual({ id: p1.partnerId, code: 'P-FR-001', name: 'Chauffage Dupont' });
      const page = await t.gql(USERS, { page: { offset: 60, limit: 10 } }, { token: tokens.brandAdmin });
      expect(page.data?.users.items).toHaveLength(3);
    });

    it('filters by search, role, partner and status', async () => {
      const search = await t.gql(USERS, { filter: { search: 'claire mar' } }, { token: tokens.brandAdmin });
      expect(search.data?.users.items.map((u: any) => u.id)).toEqual([DEMO_USERS.channelManagerNorth.id]);
      const admins = await t.gql(USERS, { filter: { role: 'PARTNER_ADMIN', partnerId: p4.partnerId, status: 'ACTIVE' } }, { token: tokens.brandAdmin });
      expect(admins.data?.users.items.map((u: any) => u.id)).toEqual([p4.admin.id]);
    });

    it('gives a channel manager the brand users and the users of their own partners only', async () => {
      const result = await t.gql(USERS, { page: { limit: 100 } }, { token: tokens.north });
      const ids = result.data?.users.items.map((u: any) => u.id);
      expect(ids).toContain(DEMO_USERS.brandAdmin.id);
      expect(ids).toContain(p1.member.id);
      expect(ids).not.toContain(p4.member.id);
      const other = await t.gql(USERS, { filter: { partnerId: p4.partnerId } }, { token: tokens.north });
      expect(other.data?.users.total).toBe(0);
    });

    it('gives a partner admin their own team only, even when asking for another partner', async () => {
      const own = await t.gql(USERS, {}, { token: tokens.p1Admin });
      expect(own.data?.users.items.map((u: any) => u.id).sort()).toEqual([p1.admin.id, p1.member.id].sort());
      const other = await t.gql(USERS, { filter: { partnerId: p4.partnerId } }, { token: tokens.p1Admin });
      expect(other.data?.users).toEqual({ total: 0, items: [] });
    });

    it('refuses a partner member', async () => {
      const result = await t.gql(USERS, {}, { token: tokens.p1Member });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });

    it('answers INVALID_INPUT naming the field for a page too large', async () => {
      const result = await t.gql(USERS, { page: { limit: 500 } }, { token: tokens.brandAdmin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'limit', reason: 'max' });
    });
  });

  describe('channelManagers', () => {
    it('lists the channel managers to a brand admin and nobody else', async () => {
      const result = await t.gql('{ channelManagers { id } }', {}, { token: tokens.brandAdmin });
      expect(result.data?.channelManagers.map((u: any) => u.id).sort()).toEqual([DEMO_USERS.channelManagerNorth.id, DEMO_USERS.channelManagerSouth.id].sort());
      expect((await t.gql('{ channelManagers { id } }', {}, { token: tokens.north })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('inviteUser', () => {
    it('lets a partner admin invite into their own partner, whatever partnerId is left out', async () => {
      const result = await t.gql(INVITE, { input: invitee(1) }, { token: tokens.p1Admin });
      expect(result.data?.inviteUser).toMatchObject({ partnerId: p1.partnerId, role: 'PARTNER_MEMBER' });
    });

    it('refuses a partner admin naming another partner, or a brand role, and creates nothing', async () => {
      const before = await t.sql('SELECT count(*)::int AS n FROM users');
      const other = await t.gql(INVITE, { input: invitee(2, { partnerId: p4.partnerId }) }, { token: tokens.p1Admin });
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_NOT_FOUND', field: 'partnerId' });
      const brand = await t.gql(INVITE, { input: invitee(3, { role: 'BRAND_ADMIN' }) }, { token: tokens.p1Admin });
      expect(brand.errors?.[0]?.extensions).toMatchObject({ code: 'ROLE_NOT_ALLOWED', kind: 'FORBIDDEN', field: 'role' });
      expect(await t.sql('SELECT count(*)::int AS n FROM users')).toEqual(before);
    });

    it('refuses a partner member', async () => {
      const result = await t.gql(INVITE, { input: invitee(4) }, { token: tokens.p1Member });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });

    it('lets a channel manager invite partner users into their own partners only, never brand users', async () => {
      const own = await t.gql(INVITE, { input: invitee(5, { partnerId: p1.partnerId, role: 'PARTNER_ADMIN' }) }, { token: tokens.north });
      expect(own.data?.inviteUser.partnerId).toBe(p1.partnerId);
      const other = await t.gql(INVITE, { input: invitee(6, { partnerId: p4.partnerId }) }, { token: tokens.north });
      expect(other.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
      const brand = await t.gql(INVITE, { input: invitee(7, { role: 'BRAND_ADMIN' }) }, { token: tokens.north });
      expect(brand.errors?.[0]?.extensions?.code).toBe('ROLE_NOT_ALLOWED');
    });
  });

  describe('deactivateUser and reactivateUser', () => {
    it('lets a partner admin deactivate a teammate, which ends their sessions and sign-ins', async () => {
      const session = (await t.gql(SIGN_IN, { input: { email: p1.member.email, password: DEMO_PASSWORD } })).data?.signIn;
      const result = await t.gql(DEACTIVATE, { id: p1.member.id }, { token: tokens.p1Admin });
      expect(result.data?.deactivateUser).toEqual({ id: p1.member.id, status: 'DEACTIVATED' });
      expect((await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } })).errors?.[0]?.extensions?.code).toBe('REFRESH_TOKEN_INVALID');
      expect((await t.gql(SIGN_IN, { input: { email: p1.member.email, password: DEMO_PASSWORD } })).errors?.[0]?.extensions?.code).toBe('ACCOUNT_NOT_ACTIVE');

      const back = await t.gql(REACTIVATE, { id: p1.member.id }, { token: tokens.p1Admin });
      expect(back.data?.reactivateUser.status).toBe('ACTIVE');
      expect((await t.gql(SIGN_IN, { input: { email: p1.member.email, password: DEMO_PASSWORD } })).errors).toBeUndefined();
    });

    it('answers USER_NOT_FOUND to a partner admin for another partner\'s user or a brand user, and changes nothing', async () => {
      for (const id of [p4.member.id, DEMO_USERS.channelManagerNorth.id, 'not-a-uuid']) {
        const result = await t.gql(DEACTIVATE, { id }, { token: tokens.p1Admin });
        expect(result.errors?.[0]?.extensions?.code).toBe('USER_NOT_FOUND');
      }
      const rows = await t.sql(`SELECT status FROM users WHERE id = ANY($1)`, [[p4.member.id, DEMO_USERS.channelManagerNorth.id]]);
      expect(rows.map((r) => r.status)).toEqual(['ACTIVE', 'ACTIVE']);
    });

    it('refuses anyone deactivating themselves', async () => {
      const self = await t.gql(DEACTIVATE, { id: p4.admin.id }, { token: tokens.p4Admin });
      expect(self.errors?.[0]?.extensions?.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
      const brand = await t.gql(DEACTIVATE, { id: DEMO_USERS.brandAdmin.id }, { token: tokens.brandAdmin });
      expect(brand.errors?.[0]?.extensions?.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    });

    it('refuses a channel manager and a partner member', async () => {
      expect((await t.gql(DEACTIVATE, { id: p1.admin.id }, { token: tokens.north })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect((await t.gql(DEACTIVATE, { id: p1.admin.id }, { token: tokens.p1Member })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });

    it('lets a brand admin deactivate a brand user', async () => {
      const result = await t.gql(DEACTIVATE, { id: DEMO_USERS.channelManagerSouth.id }, { token: tokens.brandAdmin });
      expect(result.data?.deactivateUser.status).toBe('DEACTIVATED');
    });
  });

  describe('updateMyProfile', () => {
    it('changes the names and the language of the signed-in user', async () => {
      const result = await t.gql(PROFILE, { input: { firstName: ' Julie ', locale: 'en' } }, { token: tokens.p4Admin });
      expect(result.data?.updateMyProfile).toEqual({ firstName: 'Julie', lastName: expect.any(String), locale: 'en' });
    });

    it('answers INVALID_INPUT naming the field and changes nothing', async () => {
      const [before] = await t.sql('SELECT first_name, last_name, locale FROM users WHERE id = $1', [p4.admin.id]);
      const blank = await t.gql(PROFILE, { input: { lastName: '  ', firstName: 'Ok' } }, { token: tokens.p4Admin });
      expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'lastName', reason: 'isNotEmpty' });
      const long = await t.gql(PROFILE, { input: { firstName: 'x'.repeat(101) } }, { token: tokens.p4Admin });
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'firstName', reason: 'maxLength' });
      expect(await t.sql('SELECT first_name, last_name, locale FROM users WHERE id = $1', [p4.admin.id])).toEqual([before]);
    });
  });
});

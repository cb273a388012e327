import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoPartnerId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id email status role partnerId partner { name } locale } }';
const INFO = 'query ($token: String!) { invitation(token: $token) { email firstName organisation expiresAt } }';
const ACCEPT = 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken refreshToken user { id status } } }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const RESEND = 'mutation ($id: ID!) { resendInvitation(id: $id) { id status } }';
const PASSWORD = 'Welcome-to-relais-9';

describe('InvitationsService', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ PORTAL_URL: 'http://portal.test', BACK_OFFICE_URL: 'http://back-office.test' });
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  const linkFor = async (email: string, subject = /./) => new URL(t.mailbox.linkIn(await t.mailbox.waitFor(email, subject)));

  it('invites by e-mail; the link shows the invitation, sets the password, activates and signs in', async () => {
    const email = 'new.member@chauffage-dupont.demo';
    const invited = await t.gql(INVITE, { input: { email: ' New.Member@Chauffage-Dupont.demo ', firstName: 'Nina', lastName: 'Neuf', role: 'PARTNER_MEMBER', partnerId: demoPartnerId(1), locale: 'en' } }, { token: admin });
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteUser).toMatchObject({ email, status: 'INVITED', role: 'PARTNER_MEMBER', partner: { name: 'Chauffage Dupont' }, locale: 'en' });

    const mail = await t.mailbox.waitFor(email, /You are invited to join Chauffage Dupont/);
    expect(mail.text).toContain('Hélène Admin invited you');
    const link = await linkFor(email);
    expect(`${link.origin}${link.pathname}`).toBe('http://portal.test/accept-invitation');
    const token = link.searchParams.get('token') as string;

    const info = await t.gql(INFO, { token });
    expect(info.data?.invitation).toMatchObject({ email, firstName: 'Nina', organisation: 'Chauffage Dupont' });
    expect(new Date(info.data?.invitation.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86400_000);

    const accepted = await t.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toMatchObject({ id: invited.data?.inviteUser.id, status: 'ACTIVE' });
    expect((await t.gql('{ me { email } }', {}, { token: accepted.data?.acceptInvitation.accessToken })).data?.me.email).toBe(email);
    expect((await t.gql(SIGN_IN, { input: { email, password: PASSWORD } })).errors).toBeUndefined();

    const twice = await t.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'TOKEN_INVALID', field: 'token' });
    expect((await t.gql(INFO, { token })).errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
  });

  it('writes to a brand user in their language with a back-office link', async () => {
    const email = 'nouvelle.cm@relais.demo';
    await t.gql(INVITE, { input: { email, firstName: 'Inès', lastName: 'Neuve', role: 'CHANNEL_MANAGER', locale: 'fr' } }, { token: admin });
    const mail = await t.mailbox.waitFor(email, /Vous êtes invité à rejoindre Relais/);
    expect(mail.text).toMatch(/expire le \d{1,2} \S+ 20\d\d/);
    expect((await linkFor(email)).origin).toBe('http://back-office.test');
  });

  it('activates an invited partner when its first user accepts', async () => {
    await t.sql(`INSERT INTO partners (id, code, name, type, brand_model, potential, country, status) VALUES ('00000000-0000-4000-8000-b00000000999', 'P-NEW-1', 'Nouveau Partenaire', 'INSTALLER', 'MONO_BRAND', 'B', 'FR', 'INVITED')`);
    const email = 'first.admin@nouveau.demo';
    await t.gql(INVITE, { input: { email, firstName: 'Primo', lastName: 'Admin', role: 'PARTNER_ADMIN', partnerId: '00000000-0000-4000-8000-b00000000999' } }, { token: admin });
    const token = (await linkFor(email)).searchParams.get('token') as string;
    expect((await t.gql(INFO, { token })).data?.invitation.organisation).toBe('Nouveau Partenaire');
    expect((await t.gql(ACCEPT, { input: { token, password: PASSWORD } })).errors).toBeUndefined();
    const [partner] = await t.sql(`SELECT status FROM partners WHERE code = 'P-NEW-1'`);
    expect(partner.status).toBe('ACTIVE');
  });

  it('refuses an expired invitation, and a weak password without using the token', async () => {
    const email = 'late.member@chauffage-dupont.demo';
    const invited = await t.gql(INVITE, { input: { email, firstName: 'Lou', lastName: 'Tard', role: 'PARTNER_MEMBER', partnerId: demoPartnerId(1) } }, { token: admin });
    const userId = invited.data?.inviteUser.id;
    const token = (await linkFor(email)).searchParams.get('token') as string;

    const weak = await t.gql(ACCEPT, { input: { token, password: 'password' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password', reason: 'tooShort' });
    const [row] = await t.sql('SELECT status, password_hash FROM users WHERE id = $1', [userId]);
    expect(row).toEqual({ status: 'INVITED', password_hash: null });
    expect(await t.sql('SELECT 1 FROM user_tokens WHERE user_id = $1 AND used_at IS NULL', [userId])).toHaveLength(1);

    await t.sql(`UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [userId]);
    expect((await t.gql(INFO, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'TOKEN_EXPIRED', field: 'token' });
    expect((await t.gql(ACCEPT, { input: { token, password: PASSWORD } })).errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
  });

  it('sends a new link on resend, and the earlier link stops working', async () => {
    const email = 'resend.me@chauffage-dupont.demo';
    const invited = await t.gql(INVITE, { input: { email, firstName: 'Remi', lastName: 'Renvoi', role: 'PARTNER_MEMBER', partnerId: demoPartnerId(1) } }, { token: admin });
    const first = (await linkFor(email)).searchParams.get('token') as string;
    const partnerAdmin = await t.tokenFor(demoPartnerAccounts(1).admin.email);
    expect((await t.gql(RESEND, { id: invited.data?.inviteUser.id }, { token: partnerAdmin })).errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 50));
    const deadline = Date.now() + 10_000;
    while (t.mailbox.received.filter((m) => m.to.includes(email)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const mails = t.mailbox.received.filter((m) => m.to.includes(email));
    const second = new URL(t.mailbox.linkIn(mails[1])).searchParams.get('token') as string;
    expect(second).not.toBe(first);
    expect((await t.gql(INFO, { token: first })).errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
    expect((await t.gql(INFO, { token: second })).errors).toBeUndefined();
  });

  it('refuses to resend to someone who already accepted', async () => {
    const result = await t.gql(RESEND, { id: demoPartnerAccounts(2).member.id }, { token: admin });
    expect(result.errors?.[0]?.extensions?.code).toBe('USER_NOT_INVITED');
  });

  it('refuses an e-mail already in use, whatever its case, and changes nothing', async () => {
    const before = await t.sql('SELECT count(*)::int AS n FROM users');
    const result = await t.gql(INVITE, { input: { email: DEMO_USERS.channelManagerNorth.email.toUpperCase(), firstName: 'Dup', lastName: 'Licate', role: 'CHANNEL_MANAGER' } }, { token: admin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email', reason: 'unique' });
    expect(await t.sql('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ firstName: '   ' }, 'firstName'],
    [{ role: 'SUPERUSER' }, 'role'],
    [{ partnerId: 'nope' }, 'partnerId'],
    [{ locale: 'de' }, 'locale'],
  ])('answers a bad %j naming the field and creates nothing', async (change, field) => {
    const before = await t.sql('SELECT count(*)::int AS n FROM users');
    const input = { email: 'bad.input@chauffage-dupont.demo', firstName: 'Bad', lastName: 'Input', role: 'PARTNER_MEMBER', partnerId: demoPartnerId(1), ...change };
    const result = await t.gql(INVITE, { input }, { token: admin });
    expect(result.errors?.[0]?.extensions?.code).toMatch(/INVALID_INPUT|BAD_USER_INPUT/);
    if (result.errors?.[0]?.extensions?.code === 'INVALID_INPUT') expect(result.errors?.[0]?.extensions?.field).toBe(field);
    expect(await t.sql('SELECT count(*)::int AS n FROM users')).toEqual(before);
  });

  it('requires a partner for partner roles and refuses one for brand roles', async () => {
    const member = await t.gql(INVITE, { input: { email: 'no.partner@x.demo', firstName: 'No', lastName: 'Partner', role: 'PARTNER_MEMBER' } }, { token: admin });
    expect(member.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_REQUIRED', field: 'partnerId' });
    const brand = await t.gql(INVITE, { input: { email: 'brand.partner@x.demo', firstName: 'Brand', lastName: 'Partner', role: 'BRAND_ADMIN', partnerId: demoPartnerId(1) } }, { token: admin });
    expect(brand.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_NOT_ALLOWED', field: 'partnerId' });
    const unknown = await t.gql(INVITE, { input: { email: 'ghost.partner@x.demo', firstName: 'Ghost', lastName: 'Partner', role: 'PARTNER_ADMIN', partnerId: '00000000-0000-4000-8000-b99999999999' } }, { token: admin });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_NOT_FOUND', field: 'partnerId' });
  });
});

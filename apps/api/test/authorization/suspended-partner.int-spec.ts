import { DEMO_PASSWORD, DEMO_USERS } from '../../src/seed/demo-ids';
import { demoPartnerAccounts } from '../../src/seed/seed-demo-data';
import { createTestApp, TestApp } from '../support/test-app';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }';
const REFRESH = 'mutation ($input: RefreshInput!) { refreshSession(input: $input) { accessToken } }';
const lyon = demoPartnerAccounts(5);

/**
 * A suspended partner is out of the programme: its people can neither sign in nor keep a session,
 * and its API keys stop working, until the partner is activated again. Before, suspension only
 * changed a status: the partner's users and keys went on declaring and redeeming.
 */
describe('A suspended partner', () => {
  let t: TestApp;
  let brand: string;

  beforeAll(async () => {
    t = await createTestApp();
    brand = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  const signIn = (email: string) => t.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
  const products = (key: string) => t.gql('{ products { total } }', {}, { headers: { authorization: `Bearer ${key}` } });
  const setStatus = async (mutation: 'suspendPartner' | 'activatePartner') => {
    const result = await t.gql(`mutation ($id: ID!) { ${mutation}(id: $id) { status } }`, { id: lyon.partnerId }, { token: brand });
    expect(result.errors).toBeUndefined();
  };

  it('loses its sessions, its sign-in and its API keys, and gets them back when activated', async () => {
    const session = (await signIn(lyon.admin.email)).data?.signIn;
    const key = (await t.gql('mutation { createApiKey(input: { name: "Lyon ERP" }) { secret } }', {}, { token: session.accessToken })).data?.createApiKey.secret as string;
    expect((await products(key)).errors).toBeUndefined();

    await setStatus('suspendPartner');
    for (const email of [lyon.admin.email, lyon.member.email]) {
      expect((await signIn(email)).errors?.[0]?.extensions?.code).toBe('ACCOUNT_NOT_ACTIVE');
    }
    expect((await t.gql(REFRESH, { input: { refreshToken: session.refreshToken } })).errors?.[0]?.extensions?.code).toMatch(/^(REFRESH_TOKEN_INVALID|ACCOUNT_NOT_ACTIVE)$/);
    expect((await products(key)).errors?.[0]?.extensions?.code).toBe('API_KEY_INVALID');
    // Other partners go on as before.
    expect((await signIn(demoPartnerAccounts(1).admin.email)).errors).toBeUndefined();

    await setStatus('activatePartner');
    expect((await signIn(lyon.member.email)).errors).toBeUndefined();
    expect((await products(key)).errors).toBeUndefined();
  });
});

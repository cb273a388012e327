import { createHash } from 'node:crypto';

import { declarationInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const north = demoPartnerAccounts(1);
const south = demoPartnerAccounts(4);

const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret key { id name prefix scope createdAt createdByName lastUsedAt revokedAt } } }`;
const LIST = `{ apiKeys { id name prefix scope lastUsedAt revokedAt } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const USES = `query ($id: ID!) { apiKeyUses(id: $id) { operation outcome at } }`;
const LIMIT = 8;

describe('ApiKeysService', () => {
  let t: TestApp;
  let northAdmin: string;
  let southAdmin: string;
  let brandAdmin: string;

  beforeAll(async () => {
    t = await createTestApp({ API_KEY_RATE_LIMIT: String(LIMIT), API_KEY_RATE_WINDOW_SECONDS: '600' });
    [northAdmin, southAdmin, brandAdmin] = await Promise.all([
      t.tokenFor(north.admin.email),
      t.tokenFor(south.admin.email),
      t.tokenFor(DEMO_USERS.brandAdmin.email),
    ]);
  });
  afterAll(() => t.close());

  const newKey = async (token: string, name = 'ERP') => {
    const result = await t.gql(CREATE, { input: { name } }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createApiKey as { secret: string; key: { id: string; prefix: string; scope: string } };
  };
  const withKey = (secret: string, query: string, variables?: Record<string, unknown>) =>
    t.gql(query, variables, { headers: { authorization: `Bearer ${secret}` } });

  describe('createApiKey', () => {
    it('shows a prefixed secret once and keeps only its sha256', async () => {
      const { secret, key } = await newKey(northAdmin, 'Shop till');
      expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
      expect(secret.startsWith(key.prefix)).toBe(true);
      expect(key).toMatchObject({ scope: 'PARTNER', name: 'Shop till' });
      const [row] = await t.sql('SELECT * FROM api_keys WHERE id = $1', [key.id]);
      expect(row.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
      expect(JSON.stringify(row)).not.toContain(secret);
      const listed = (await t.gql(LIST, {}, { token: northAdmin })).data?.apiKeys;
      expect(JSON.stringify(listed)).not.toContain(secret);
      expect(listed.map((k: { id: string }) => k.id)).toContain(key.id);
    });

    it('keeps partner keys, other partners’ keys and brand keys apart', async () => {
      const brand = await newKey(brandAdmin, 'BI');
      const south1 = await newKey(southAdmin, 'South ERP');
      expect(brand.key.scope).toBe('BRAND');
      const northIds = (await t.gql(LIST, {}, { token: northAdmin })).data?.apiKeys.map((k: { id: string }) => k.id);
      expect(northIds).not.toContain(brand.key.id);
      expect(northIds).not.toContain(south1.key.id);
      const revoked = await t.gql(REVOKE, { id: south1.key.id }, { token: northAdmin });
      expect(revoked.errors?.[0]?.extensions?.code).toBe('API_KEY_NOT_FOUND');
    });

    it('is refused to partner members', async () => {
      const member = await t.tokenFor(north.member.email);
      expect((await t.gql(CREATE, { input: { name: 'x' } }, { token: member })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('a partner key', () => {
    it('creates and submits a declaration for its partner, attributed to the key’s creator', async () => {
      const { secret } = await newKey(northAdmin);
      const created = await withKey(secret, OPS.create, { input: declarationInput() });
      expect(created.errors).toBeUndefined();
      const draft = created.data?.createDeclaration;
      expect(draft).toMatchObject({ status: 'DRAFT', partnerId: north.partnerId, declaredById: north.admin.id });
      // X-Api-Key works as well as the Authorization header.
      const submitted = await t.gql(OPS.submit, { id: draft.id, key: 'erp-1' }, { headers: { 'x-api-key': secret } });
      expect(submitted.data?.submitDeclaration).toMatchObject({ id: draft.id, status: 'SUBMITTED' });
      const products = await withKey(secret, '{ products { total items { id sku } } }');
      expect(products.data?.products.total).toBeGreaterThan(0);
    });

    it('cannot read or act on another partner’s declarations', async () => {
      const { secret } = await newKey(northAdmin);
      const southDraft = (await t.gql(OPS.create, { input: declarationInput() }, { token: southAdmin })).data?.createDeclaration;
      const read = await withKey(secret, OPS.get, { id: southDraft.id });
      expect(read.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const submit = await withKey(secret, OPS.submit, { id: southDraft.id, key: 'steal' });
      expect(submit.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const [row] = await t.sql('SELECT status FROM declarations WHERE id = $1', [southDraft.id]);
      expect(row.status).toBe('DRAFT');
      const list = await withKey(secret, OPS.list, {});
      expect(new Set(list.data?.declarations.items.map((d: { partnerId: string }) => d.partnerId))).toEqual(new Set([north.partnerId]));
    });

    it('may not call operations outside its allow-list', async () => {
      const { secret } = await newKey(northAdmin);
      for (const query of ['{ users { total } }', '{ apiKeys { id } }', '{ myPoints { user { available } } }', 'mutation { createApiKey(input: { name: "x" }) { secret } }']) {
        const result = await withKey(secret, query);
        expect(result.errors?.[0]?.extensions?.code).toBe('API_KEY_OPERATION_NOT_ALLOWED');
        expect(result.data ?? null).toBeNull();
      }
    });

    it('is refused at the very next request once revoked', async () => {
      const { secret, key } = await newKey(northAdmin);
      expect((await withKey(secret, '{ products { total } }')).errors).toBeUndefined();
      expect((await t.gql(REVOKE, { id: key.id }, { token: northAdmin })).data?.revokeApiKey.revokedAt).toBeTruthy();
      const refused = await withKey(secret, '{ products { total } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('API_KEY_INVALID');
    });

    it('is refused when its creator is no longer active', async () => {
      const { secret } = await newKey(southAdmin);
      await t.sql(`UPDATE users SET status = 'DEACTIVATED' WHERE id = $1`, [south.admin.id]);
      try {
        expect((await withKey(secret, '{ products { total } }')).errors?.[0]?.extensions?.code).toBe('API_KEY_INVALID');
      } finally {
        await t.sql(`UPDATE users SET status = 'ACTIVE' WHERE id = $1`, [south.admin.id]);
      }
    });

    it('answers RATE_LIMITED with a retry delay past its limit, and logs each use', async () => {
      const { secret, key } = await newKey(northAdmin);
      for (let i = 0; i < LIMIT; i++) expect((await withKey(secret, '{ products { total } }')).errors).toBeUndefined();
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: 'query ListProducts { products { total } }', operationName: 'ListProducts' }),
      });
      const limited = (await response.json()) as { errors: { extensions: { code: string; details: { retryAfterSeconds: number } } }[] };
      expect(limited.errors[0]?.extensions.code).toBe('RATE_LIMITED');
      expect(limited.errors[0]?.extensions.details.retryAfterSeconds).toBeGreaterThan(0);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const uses = (await t.gql(USES, { id: key.id }, { token: northAdmin })).data?.apiKeyUses;
      expect(uses).toHaveLength(LIMIT + 1);
      expect(uses[0]).toMatchObject({ operation: 'ListProducts', outcome: 'RATE_LIMITED' });
      expect(uses.slice(1).every((u: { operation: string; outcome: string }) => u.operation === 'products' && u.outcome === 'OK')).toBe(true);
      const listed = (await t.gql(LIST, {}, { token: northAdmin })).data?.apiKeys.find((k: { id: string }) => k.id === key.id);
      expect(listed.lastUsedAt).toBeTruthy();
    });

    it('logs a refused operation with its error code', async () => {
      const { secret, key } = await newKey(northAdmin);
      await withKey(secret, '{ users { total } }');
      await withKey(secret, OPS.get, { id: '00000000-0000-4000-8000-000000000000' });
      const uses = (await t.gql(USES, { id: key.id }, { token: northAdmin })).data?.apiKeyUses;
      expect(uses.map((u: { operation: string; outcome: string }) => `${u.operation}:${u.outcome}`).sort()).toEqual(
        ['declaration:DECLARATION_NOT_FOUND', 'users:API_KEY_OPERATION_NOT_ALLOWED'],
      );
    });
  });

  describe('a brand key', () => {
    it('reads every partner’s declarations but may not create one', async () => {
      const { secret } = await newKey(brandAdmin);
      expect((await withKey(secret, OPS.list, {})).data?.declarations.total).toBeGreaterThanOrEqual(0);
      const created = await withKey(secret, OPS.create, { input: declarationInput() });
      expect(created.errors?.[0]?.extensions?.code).toBe('API_KEY_OPERATION_NOT_ALLOWED');
    });
  });

  it('refuses an unknown key', async () => {
    const result = await withKey('rk_not-a-real-key', '{ products { total } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('API_KEY_INVALID');
  });
});

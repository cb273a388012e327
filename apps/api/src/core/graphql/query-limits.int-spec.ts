import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema, DocumentNode, Kind, parse, validate } from 'graphql';

import { createTestApp, GqlResult, TestApp } from '../../../test/support/test-app';
import { loadConfig } from '../config/app-config';
import { queryLimitRules } from './query-limits';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');

/** Every operation of the two apps, each in a document with all the fragments (as codegen reads them). */
function appOperations(): { name: string; document: DocumentNode }[] {
  const files = execSync('find libs/graphql-client/src/operations -name "*.graphql"', { cwd: ROOT }).toString().trim().split('\n');
  const definitions = files.flatMap((file) => parse(readFileSync(join(ROOT, file), 'utf8')).definitions);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? '(anonymous)',
      document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
    }));
}

/**
 * A query `depth` fields deep. The schema has no cycle a client could follow, but introspection's
 * __type does (fields → type → fields …): the classic deep query, open wherever introspection is.
 */
function deepQuery(depth: number): string {
  let selection = 'name';
  for (let level = depth - 1; level > 1; level--) selection = level % 2 ? `type { ${selection} }` : `fields { ${selection} }`;
  return `query { __type(name: "User") { ${selection} } }`;
}

/** Posts a body as is (a batch is an array); the answer is a result, or a result per operation of an allowed batch. */
async function post<T = GqlResult>(t: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

describe('GraphQL query limits', () => {
  describe('with the default limits', () => {
    const config = loadConfig({ NODE_ENV: 'test' });

    it('let every operation of the back-office and the portal through', () => {
      const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
      const operations = appOperations();
      expect(operations.length).toBeGreaterThan(150);
      const refused = operations
        .map(({ name, document }) => ({ name, errors: validate(schema, document, queryLimitRules(config)).map((e) => e.message) }))
        .filter((result) => result.errors.length > 0);
      expect(refused).toEqual([]);
    });

    it('refuse a document that is twice the limits (so the rules do run)', () => {
      const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.gql'), 'utf8'));
      const deep = parse(deepQuery(config.GRAPHQL_MAX_DEPTH * 2));
      const errors = validate(schema, deep, queryLimitRules(config));
      expect(errors.map((e) => e.message)).toContain(`QUERY_TOO_DEEP: the limit is ${config.GRAPHQL_MAX_DEPTH}`);
    });
  });

  describe('over HTTP', () => {
    let t: TestApp;
    let token: string;
    beforeAll(async () => {
      t = await createTestApp({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '300', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_BATCH: '2' });
      token = await t.tokenFor('admin@relais.demo');
    });
    afterAll(() => t.close());
    const auth = () => ({ authorization: `Bearer ${token}` });

    it('answers a query within the limits', async () => {
      const { status, body } = await post(t, { query: deepQuery(6) }, auth());
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });

    it('refuses a query too deep with QUERY_TOO_DEEP and the limit, before running it', async () => {
      const { status, body } = await post(t, { query: deepQuery(7) }, auth());
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', kind: 'BAD_INPUT', details: { limit: 6 } });
      expect(body.errors?.[0]?.message).not.toMatch(/found|Syntax/);
    });

    it('refuses a query too costly with QUERY_TOO_COMPLEX', async () => {
      // Asking the same field again is valid GraphQL, and each time is work for the server.
      const { status, body } = await post(t, { query: `query { me { ${'id '.repeat(400)} } }` }, auth());
      expect(status).toBe(400);
      expect(body.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_COMPLEX');
    });

    it('refuses too many aliases with TOO_MANY_ALIASES (the same field asked again under other names)', async () => {
      const aliased = Array.from({ length: 4 }, (_, i) => `m${i}: me { id }`).join(' ');
      const { status, body } = await post(t, { query: `query { ${aliased} }` }, auth());
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', details: { limit: 3 } });
    });

    it('answers a batch within the limit and refuses a longer one whole with BATCH_TOO_LARGE', async () => {
      const one = { query: 'query { me { id } }' };
      const allowed = await post<GqlResult<{ me: { id: string } }>[]>(t, [one, one], auth());
      expect(allowed.status).toBe(200);
      expect(allowed.body).toHaveLength(2);
      expect(allowed.body[1]?.data?.me.id).toEqual(expect.any(String));

      const refused = await post(t, [one, one, one], auth());
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BATCH_TOO_LARGE', details: { limit: 2 } });
    });
  });
});

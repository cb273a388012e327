import { createTestApp, TestApp } from '../../../test/support/test-app';

/** What a stranger learns of the API in production: no schema, no landing page, no internals. */
describe('GraphQL in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', JWT_SECRET: 'kQ3v9ZxR2mL7pT4wYb8NcH1sFd6GjU0e' });
  });
  afterAll(() => t.close());

  it('refuses introspection', async () => {
    const result = await t.gql('query { __schema { types { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await t.gql('query { __type(name: "User") { name } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves no landing page nor sandbox to a browser', async () => {
    // The header gets past Apollo's CSRF check, to where a landing page would be served.
    const response = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html', 'apollo-require-preflight': '1' } });
    const body = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(body).not.toMatch(/<html|<script|graphiql|sandbox|embeddable/i);
  });

  it('does not suggest field names, which would spell out the schema', async () => {
    const result = await t.gql('query { mee { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean|"me"/);
  });

  it('answers an unexpected failure as INTERNAL with a generic message: no SQL, no stack, no table name', async () => {
    const token = await t.tokenFor('admin@relais.demo');
    await t.sql('ALTER TABLE segments RENAME TO segments_away');
    try {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query { segments { id name } }' }),
      });
      const text = await response.text();
      const body = JSON.parse(text);
      expect(body.errors[0].extensions.code).toBe('INTERNAL');
      expect(body.errors[0].message).toBe('Internal server error');
      expect(text).not.toMatch(/segments_away|relation|SELECT|stack|\.ts:|at /);
    } finally {
      await t.sql('ALTER TABLE segments_away RENAME TO segments');
    }
  });
});

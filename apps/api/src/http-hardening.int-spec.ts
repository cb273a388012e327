import { createTestApp, TestApp } from '../test/support/test-app';

const QUERY = JSON.stringify({ query: 'query { __typename }' });

/** The HTTP layer in front of GraphQL: headers, CORS and body size (app.factory.ts). */
describe('HTTP hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CORS_ORIGINS: 'https://portal.example.com, https://admin.example.com' });
  });
  afterAll(() => t.close());

  it('sends the security headers of a JSON API', async () => {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    expect(response.status).toBe(200);
    const header = (name: string) => response.headers.get(name);
    expect(header('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(header('x-content-type-options')).toBe('nosniff');
    expect(header('x-frame-options')).toBe('SAMEORIGIN');
    expect(header('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(header('referrer-policy')).toBe('no-referrer');
    expect(header('cross-origin-resource-policy')).toBe('same-site');
    expect(header('x-powered-by')).toBeNull();
  });

  it('gives CORS headers to a listed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const listed = await preflight('https://admin.example.com');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');

    const foreign = await preflight('https://evil.example.net');
    // Without Access-Control-Allow-Origin the browser keeps the answer from the foreign page
    // (the cors package still sends its allowed methods and credentials, which mean nothing alone).
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

    // Nor the two apps' default origins, since CORS_ORIGINS replaces them.
    const unlisted = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:4200' },
      body: QUERY,
    });
    expect(unlisted.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the limit with 413 and a coded JSON answer, before reading it whole', async () => {
    const huge = JSON.stringify({ query: 'query { __typename }', variables: { padding: 'x'.repeat(4 * 1024 * 1024) } });
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(response.status).toBe(413);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(text).not.toMatch(/node_modules|at |stack|raw-body/);
  });

  it('answers a body that is not JSON with 400 and a code, not a stack', async () => {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/node_modules|at |SyntaxError/);
  });
});

describe('CORS by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PORTAL_URL: 'http://portal.test:4200/', BACK_OFFICE_URL: 'http://back-office.test' });
  });
  afterAll(() => t.close());

  it('lets the portal and the back-office in (as origins: no path, no trailing slash), nobody else', async () => {
    const allowOrigin = async (origin: string) =>
      (await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: QUERY })).headers.get(
        'access-control-allow-origin',
      );
    expect(await allowOrigin('http://portal.test:4200')).toBe('http://portal.test:4200');
    expect(await allowOrigin('http://back-office.test')).toBe('http://back-office.test');
    expect(await allowOrigin('http://portal.test.evil.net')).toBeNull();
  });
});

import { createTestApp, TestApp } from '../../../test/support/test-app';

describe('AuthGuard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses an operation without a token', async () => {
    const result = await t.gql('{ me { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('refuses a forged token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6IkJSQU5EX0FETUlOIiwidHlwIjoiYWNjZXNzIn0.c2lnbmF0dXJl';
    const result = await t.gql('{ me { id } }', {}, { token: forged });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never sends a stack trace to the client', async () => {
    const result = await t.gql('{ me { id } }');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

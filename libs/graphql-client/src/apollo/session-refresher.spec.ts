import { SessionRefresher } from './session-refresher';
import { TokenStore } from './token-store';

const payload = (n: number) => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  accessTokenExpiresAt: '2030-01-01T00:00:00Z',
  user: { id: 'u1' },
});

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const json = (body: unknown) => ({ status: 200, json: () => Promise.resolve(body) }) as unknown as Response;

describe('SessionRefresher', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true });
  });

  it('shares one refresh between callers that fail at the same time', async () => {
    const tokens = new TokenStore('relais.test.refreshToken');
    tokens.save(payload(0));
    let calls = 0;
    const fetchImpl = jest.fn(async () => {
      calls += 1;
      return json({ data: { refreshSession: payload(calls) } });
    });
    const refresher = new SessionRefresher(tokens, '/graphql', fetchImpl);

    const outcomes = await Promise.all([refresher.refresh(), refresher.refresh(), refresher.refresh()]);

    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(outcomes.every((outcome) => outcome.kind === 'refreshed')).toBe(true);
    expect(tokens.getAccessToken()).toBe('access-1');
    expect(localStorage.getItem('relais.test.refreshToken')).toBe('refresh-1');
  });

  it('ends the session and forgets the token when the server refuses it', async () => {
    const tokens = new TokenStore('relais.test.refreshToken');
    tokens.save(payload(0));
    const fetchImpl = async () => json({ data: null, errors: [{ message: 'x', extensions: { code: 'REFRESH_TOKEN_REUSED' } }] });
    const refresher = new SessionRefresher(tokens, '/graphql', fetchImpl);
    const seen: string[] = [];
    refresher.subscribe((outcome) => seen.push(outcome.kind));

    await expect(refresher.refresh()).resolves.toEqual({ kind: 'ended', code: 'REFRESH_TOKEN_REUSED' });
    expect(tokens.getRefreshToken()).toBeNull();
    expect(seen).toEqual(['ended']);
  });

  it('keeps the stored token when the server cannot be reached', async () => {
    const tokens = new TokenStore('relais.test.refreshToken');
    tokens.save(payload(0));
    const fetchImpl = async () => {
      throw new TypeError('Failed to fetch');
    };
    const refresher = new SessionRefresher(tokens, '/graphql', fetchImpl);

    await expect(refresher.refresh()).rejects.toThrow('Failed to fetch');
    expect(tokens.getRefreshToken()).toBe('refresh-0');
  });

  it('ends at once without a stored token', async () => {
    const fetchImpl = jest.fn();
    const refresher = new SessionRefresher(new TokenStore('relais.none'), '/graphql', fetchImpl);
    await expect(refresher.refresh()).resolves.toEqual({ kind: 'ended', code: 'UNAUTHENTICATED' });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

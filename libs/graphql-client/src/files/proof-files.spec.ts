import type { SessionRefresher } from '../apollo/session-refresher';
import { TokenStore } from '../apollo/token-store';
import { fetchProof, ProofRequestError } from './proof-files';

function session(refreshed: boolean) {
  const tokens = new TokenStore('relais.test.refreshToken');
  tokens.save({ accessToken: 'old', refreshToken: 'r' });
  const refresh = jest.fn(async () => {
    if (refreshed) tokens.save({ accessToken: 'new', refreshToken: 'r2' });
    return refreshed ? { kind: 'refreshed' } : { kind: 'ended', code: 'REFRESH_TOKEN_INVALID' };
  });
  return { tokens, refresher: { refresh } as unknown as SessionRefresher, refresh };
}

const answer = (status: number, body: BodyInit) => new Response(body, { status });

describe('fetchProof', () => {
  const store = new Map<string, string>();
  beforeAll(() => {
    Object.defineProperty(globalThis, 'localStorage', {
      value: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) },
      configurable: true,
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('sends the bearer token, and after an expired token refreshes once and retries', async () => {
    const s = session(true);
    const calls: (string | null)[] = [];
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      const authorization = new Headers(init?.headers).get('authorization');
      calls.push(authorization);
      return authorization === 'Bearer new' ? answer(200, 'bytes') : answer(401, JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }));
    });
    const blob = await fetchProof(s, '/files/proofs/p1');
    expect(await blob.text()).toBe('bytes');
    expect(calls).toEqual(['Bearer old', 'Bearer new']);
    expect(s.refresh).toHaveBeenCalledTimes(1);
  });

  it('rejects with the API’s code, for the apps to translate', async () => {
    const s = session(false);
    jest.spyOn(globalThis, 'fetch').mockResolvedValue(answer(404, JSON.stringify({ errors: [{ message: 'Proof not found', extensions: { code: 'PROOF_NOT_FOUND' } }] })));
    const failure = fetchProof(s, '/files/proofs/p2');
    await expect(failure).rejects.toBeInstanceOf(ProofRequestError);
    await expect(failure).rejects.toMatchObject({ status: 404, errors: [{ extensions: { code: 'PROOF_NOT_FOUND' } }] });
    expect(s.refresh).not.toHaveBeenCalled();
  });
});

import type { RefreshOutcome, SessionRefresher } from './session-refresher';
import { SESSION_CLOSE_CODE, SocketSession, SocketSessionEndedError } from './socket-session';
import { TokenStore } from './token-store';

const NOW = Date.UTC(2026, 0, 1);
const jwt = (expMs: number) => `h.${Buffer.from(JSON.stringify({ exp: expMs / 1000 })).toString('base64url')}.s`;

function session(accessToken: string | null, outcome: () => Promise<RefreshOutcome>) {
  const tokens = new TokenStore('relais.test.refreshToken');
  let refreshToken: string | null = 'refresh-0';
  jest.spyOn(tokens, 'getAccessToken').mockImplementation(() => accessToken);
  jest.spyOn(tokens, 'getRefreshToken').mockImplementation(() => refreshToken);
  const refresh = jest.fn(async () => {
    const result = await outcome();
    if (result.kind === 'refreshed') accessToken = result.payload.accessToken;
    else refreshToken = accessToken = null;
    return result;
  });
  return { socket: new SocketSession(tokens, { refresh } as unknown as SessionRefresher, () => NOW), refresh };
}

const refreshed = (accessToken: string) => (): Promise<RefreshOutcome> =>
  Promise.resolve({ kind: 'refreshed', payload: { accessToken } as Extract<RefreshOutcome, { kind: 'refreshed' }>['payload'] });

describe('SocketSession', () => {
  it('connects with the current token while it is fresh, without refreshing', async () => {
    const token = jwt(NOW + 60_000);
    const { socket, refresh } = session(token, refreshed('unused'));
    await expect(socket.connectionParams()).resolves.toEqual({ authorization: `Bearer ${token}` });
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes an expired token first, and connects with the new one', async () => {
    const fresh = jwt(NOW + 900_000);
    const { socket, refresh } = session(jwt(NOW - 1000), refreshed(fresh));
    await expect(socket.connectionParams()).resolves.toEqual({ authorization: `Bearer ${fresh}` });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('refreshes after the server closed the socket with 4403, even when the token looks fresh here', async () => {
    const fresh = jwt(NOW + 900_000);
    const { socket, refresh } = session(jwt(NOW + 60_000), refreshed(fresh));
    socket.closed(SESSION_CLOSE_CODE);
    await expect(socket.connectionParams()).resolves.toEqual({ authorization: `Bearer ${fresh}` });
    await socket.connectionParams();
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('stops when the refresh is refused: connectionParams throws and retrying is off', async () => {
    const { socket } = session(jwt(NOW + 60_000), () => Promise.resolve({ kind: 'ended', code: 'REFRESH_TOKEN_INVALID' }));
    socket.closed(SESSION_CLOSE_CODE);
    await expect(socket.connectionParams()).rejects.toBeInstanceOf(SocketSessionEndedError);
    expect(socket.shouldRetry()).toBe(false);
  });

  it('keeps retrying with the stale token while the refresh cannot reach the server', async () => {
    const stale = jwt(NOW - 1000);
    const { socket } = session(stale, () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(socket.connectionParams()).resolves.toEqual({ authorization: `Bearer ${stale}` });
    expect(socket.shouldRetry()).toBe(true);
  });
});

import type { SessionRefresher } from './session-refresher';
import type { TokenStore } from './token-store';

/**
 * The code the API closes a socket with when its access token expired or its session ended
 * (SOCKET_CLOSE_CODE in apps/api/src/core/auth/socket-auth.ts), and refuses one with at connection.
 */
export const SESSION_CLOSE_CODE = 4403;

/** A token this close to its expiry is renewed before a socket opens with it (clocks drift). */
const EXPIRY_MARGIN_MS = 5_000;

/** Thrown by connectionParams when the session is over: graphql-ws then stops instead of retrying. */
export class SocketSessionEndedError extends Error {
  constructor(readonly code: string) {
    super(`Session ended (${code})`);
    this.name = 'SocketSessionEndedError';
  }
}

/** The access token's expiry (JWT `exp`), in ms; null when it cannot be read. */
export function accessTokenExpiry(token: string): number | null {
  try {
    const part = token.split('.')[1] ?? '';
    const claims = JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * What the graphql-ws client asks of the session at every (re)connection. The token is read then,
 * not when the client was made, and renewed first when it has expired or when the server closed
 * the last socket with 4403 (whatever the local clock says): the socket then resumes with a fresh
 * token while the session lives, and the client stops once the refresh is refused.
 */
export class SocketSession {
  private mustRefresh = false;

  constructor(
    private readonly tokens: TokenStore,
    private readonly refresher: SessionRefresher,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async connectionParams(): Promise<Record<string, unknown>> {
    if (this.mustRefresh || !this.isFresh(this.tokens.getAccessToken())) {
      let outcome;
      try {
        outcome = await this.refresher.refresh();
      } catch {
        // Offline is not signed out: the server refuses the stale token with 4403 and the client
        // tries again after its backoff.
        return this.params();
      }
      this.mustRefresh = false;
      if (outcome.kind === 'ended') throw new SocketSessionEndedError(outcome.code);
    }
    return this.params();
  }

  /** Every close of the socket, by either side. */
  closed(code: number): void {
    if (code === SESSION_CLOSE_CODE) this.mustRefresh = true;
  }

  /** No refresh token left means signed out (or refused): reconnecting could only be refused. */
  shouldRetry(): boolean {
    return this.tokens.getRefreshToken() !== null;
  }

  private isFresh(token: string | null): boolean {
    const expiry = token ? accessTokenExpiry(token) : null;
    return expiry !== null && expiry - EXPIRY_MARGIN_MS > this.now();
  }

  private params(): Record<string, unknown> {
    const token = this.tokens.getAccessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  }
}

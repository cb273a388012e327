import type { AuthPayloadFieldsFragment } from '../generated/graphql';

/**
 * Where the session's secrets live: the access token only in memory (a page reload or another tab
 * gets a new one), the refresh token in localStorage under a key of the app, so that the portal and
 * the back-office, served on two ports of one host in development, keep separate sessions.
 */
export class TokenStore {
  private accessToken: string | null = null;

  constructor(readonly storageKey: string) {}

  getAccessToken(): string | null {
    return this.accessToken;
  }

  getRefreshToken(): string | null {
    try {
      return globalThis.localStorage?.getItem(this.storageKey) ?? null;
    } catch {
      return null;
    }
  }

  save(payload: Pick<AuthPayloadFieldsFragment, 'accessToken' | 'refreshToken'>): void {
    this.accessToken = payload.accessToken;
    try {
      globalThis.localStorage?.setItem(this.storageKey, payload.refreshToken);
    } catch {
      // Private mode or storage full: the session lasts as long as the page.
    }
  }

  clear(): void {
    this.accessToken = null;
    try {
      globalThis.localStorage?.removeItem(this.storageKey);
    } catch {
      // nothing stored
    }
  }
}

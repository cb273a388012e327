import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';

import { type AuthPayloadFieldsFragment, RefreshSessionDocument, type RefreshSessionMutation } from '../generated/graphql';
import type { TokenStore } from './token-store';

export type RefreshOutcome =
  | { kind: 'refreshed'; payload: AuthPayloadFieldsFragment }
  /** No refresh token, or the server refused it (expired, revoked, reused): the session is over. */
  | { kind: 'ended'; code: string };

// With __typename, like every operation of the Apollo client: the payload's user is written into
// the cache, and fragment spreads only match objects whose type is known.
const REFRESH_QUERY = print(addTypenameToDocument(RefreshSessionDocument));

interface GraphQLResponse {
  data?: RefreshSessionMutation | null;
  errors?: { extensions?: { code?: unknown } }[];
}

/**
 * Renews the access token with the stored refresh token. Single-flight: the refresh token rotates
 * on every use and a reused one revokes the whole family, so every caller that fails at the same
 * time must share one request instead of each spending the token.
 *
 * Tabs of one app share the refresh token (localStorage), so the same holds across tabs: a Web Lock
 * named after the app makes them take turns, and each reads the token inside it, after the tab
 * before it has stored the rotated one. Without the lock, two tabs reloaded together would spend
 * one token twice and the server would end both sessions as a token theft.
 *
 * It calls fetch directly rather than the Apollo client, so that the auth link cannot loop on it.
 * A network failure rejects and keeps the stored token: being offline is not being signed out.
 */
export class SessionRefresher {
  private inFlight: Promise<RefreshOutcome> | null = null;
  private readonly listeners = new Set<(outcome: RefreshOutcome) => void>();

  constructor(
    private readonly tokens: TokenStore,
    private readonly uri: string,
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {}

  refresh(): Promise<RefreshOutcome> {
    this.inFlight ??= this.run().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Called after every refresh, whoever asked for it (the session provider follows the user this way). */
  subscribe(listener: (outcome: RefreshOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async run(): Promise<RefreshOutcome> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    return locks ? await locks.request(`relais-refresh:${this.tokens.storageKey}`, () => this.runAlone()) : this.runAlone();
  }

  private async runAlone(): Promise<RefreshOutcome> {
    const refreshToken = this.tokens.getRefreshToken();
    const outcome = refreshToken ? await this.exchange(refreshToken) : ({ kind: 'ended', code: 'UNAUTHENTICATED' } as const);
    if (outcome.kind === 'refreshed') this.tokens.save(outcome.payload);
    else this.tokens.clear();
    this.listeners.forEach((listener) => listener(outcome));
    return outcome;
  }

  private async exchange(refreshToken: string): Promise<RefreshOutcome> {
    const response = await this.fetchImpl(this.uri, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: REFRESH_QUERY,
        variables: { input: { refreshToken } },
      }),
    });
    let body: GraphQLResponse;
    try {
      body = (await response.json()) as GraphQLResponse;
    } catch {
      throw new Error(`Session refresh failed with HTTP ${response.status}`);
    }
    if (body.data?.refreshSession) return { kind: 'refreshed', payload: body.data.refreshSession };
    const code = body.errors?.[0]?.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL') return { kind: 'ended', code };
    throw new Error(`Session refresh failed with HTTP ${response.status}`);
  }
}

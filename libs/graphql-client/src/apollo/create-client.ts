import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';

import { SessionRefresher } from './session-refresher';
import { TokenStore } from './token-store';

export interface RelaisClientOptions {
  /** Distinguishes the apps' stored sessions, e.g. 'portal' or 'back-office'. */
  appKey: string;
  /** Same origin by default: Vite's dev and preview servers proxy /graphql to the API. */
  uri?: string;
}

export interface RelaisClient {
  apollo: ApolloClient;
  tokens: TokenStore;
  refresher: SessionRefresher;
}

/** Operations that must never trigger a refresh-and-retry (they are how a session starts or ends). */
const SESSION_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'SignOut', 'AcceptInvitation']);
const RETRIED = 'relaisRetriedAfterRefresh';

const isUnauthenticated = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

export const refreshTokenStorageKey = (appKey: string): string => `relais.${appKey}.refreshToken`;

/**
 * The Apollo client of an app: bearer access token on every request; when the API answers
 * UNAUTHENTICATED (the access token expired), one shared refresh then one retry of the operation.
 */
export function createRelaisClient({ appKey, uri = '/graphql' }: RelaisClientOptions): RelaisClient {
  const tokens = new TokenStore(refreshTokenStorageKey(appKey));
  const refresher = new SessionRefresher(tokens, uri);

  const authLink = new SetContextLink((prevContext) => {
    const token = tokens.getAccessToken();
    return token ? { headers: { ...(prevContext.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } } : {};
  });

  const refreshLink = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (operation.getContext()[RETRIED] || !tokens.getRefreshToken()) return;
    return from(refresher.refresh()).pipe(
      switchMap((outcome) => {
        if (outcome.kind !== 'refreshed') return throwError(() => error);
        operation.setContext({ [RETRIED]: true });
        return forward(operation);
      }),
    );
  });

  const apollo = new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { apollo, tokens, refresher };
}

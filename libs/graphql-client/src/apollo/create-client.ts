import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient as createSocketClient } from 'graphql-ws';
import { from, switchMap, throwError } from 'rxjs';

import { SessionRefresher } from './session-refresher';
import { SESSION_CLOSE_CODE, SocketSession } from './socket-session';
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

  const httpLink = ApolloLink.from([refreshLink, authLink, new HttpLink({ uri })]);
  const socketLink = createSocketLink(uri, tokens, refresher);
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
  };

  const apollo = new ApolloClient({
    // A subscription started on a socket whose token has expired since it opened is refused like an HTTP
    // operation would be: the same refresh-and-retry applies, and the refresh restarts the socket.
    link: socketLink ? ApolloLink.split(isSubscription, ApolloLink.from([refreshLink, socketLink]), httpLink) : httpLink,
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return { apollo, tokens, refresher };
}

/**
 * Subscriptions over graphql-ws on the same path as queries (same origin: the Vite proxies forward
 * websockets). The socket opens with the first subscription and sends the access token in
 * connectionParams, read (and renewed if expired) at each connection by SocketSession; after each
 * token refresh it reconnects, so the server sees a live token and subscriptions resume on their
 * own. The API closes a socket with 4403 when its token expires or its session ends: the client
 * reconnects with a refreshed token while the session lives, and stops when it is over (no refresh
 * token left, or the refresh refused). Outside a browser (unit tests) there is no socket link.
 */
function createSocketLink(uri: string, tokens: TokenStore, refresher: SessionRefresher): GraphQLWsLink | null {
  const location = globalThis.location as Location | undefined;
  if (!location || typeof globalThis.WebSocket === 'undefined') return null;
  const url = new URL(uri, location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const session = new SocketSession(tokens, refresher);
  let socket: WebSocket | null = null;
  const client = createSocketClient({
    url: url.href,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => session.shouldRetry(),
    connectionParams: () => session.connectionParams(),
    on: {
      connected: (opened) => (socket = opened as WebSocket),
      closed: (event) => {
        socket = null;
        session.closed((event as CloseEvent | undefined)?.code ?? 0);
      },
    },
  });
  refresher.subscribe((outcome) => {
    if (socket?.readyState !== WebSocket.OPEN) return;
    // 4205 is a close code graphql-ws retries ("client restart"): a new socket, new token. A session
    // that ended closes the socket as the server would, which stops the client.
    if (outcome.kind === 'refreshed') socket.close(4205, 'Client Restart');
    else socket.close(SESSION_CLOSE_CODE, 'Session ended');
  });
  return new GraphQLWsLink(client);
}

import { ApolloProvider, useQuery } from '@apollo/client/react';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';

import type { RelaisClient } from '../apollo/create-client';
import { RelaisClientContext } from '../files/client-context';
import {
  type AuthPayloadFieldsFragment,
  type Locale,
  MeDocument,
  SignInDocument,
  SignOutDocument,
  UpdateMyProfileDocument,
} from '../generated/graphql';
import { type Session, SessionContext, type SessionStatus } from './session-context';

export interface SessionProviderProps {
  client: RelaisClient;
  /** Told the user's saved language whenever a session starts, so the app can switch to it. */
  onUserLocale?: (locale: Locale) => void;
  children: ReactNode;
}

/** Provides Apollo and the session; restores a stored session on load. */
export function SessionProvider({ client, onUserLocale, children }: SessionProviderProps) {
  return (
    <ApolloProvider client={client.apollo}>
      <RelaisClientContext.Provider value={client}>
        <SessionState client={client} onUserLocale={onUserLocale}>
          {children}
        </SessionState>
      </RelaisClientContext.Provider>
    </ApolloProvider>
  );
}

function initialStatus({ tokens }: RelaisClient): SessionStatus {
  if (tokens.getAccessToken()) return 'signedIn';
  return tokens.getRefreshToken() ? 'restoring' : 'signedOut';
}

function SessionState({ client, onUserLocale, children }: SessionProviderProps) {
  const { apollo, tokens, refresher } = client;
  const [status, setStatus] = useState<SessionStatus>(() => initialStatus(client));
  const onUserLocaleRef = useRef(onUserLocale);
  useEffect(() => {
    onUserLocaleRef.current = onUserLocale;
  }, [onUserLocale]);

  const adopt = useCallback(
    (payload: AuthPayloadFieldsFragment) => {
      tokens.save(payload);
      apollo.writeQuery({ query: MeDocument, data: { me: payload.user } });
      setStatus('signedIn');
    },
    [apollo, tokens],
  );

  useEffect(
    () =>
      refresher.subscribe((outcome) => {
        if (outcome.kind === 'refreshed') {
          apollo.writeQuery({ query: MeDocument, data: { me: outcome.payload.user } });
          setStatus('signedIn');
        } else {
          setStatus('signedOut');
          void apollo.clearStore();
        }
      }),
    [apollo, refresher],
  );

  useEffect(() => {
    if (status !== 'restoring') return;
    refresher.refresh().then(
      (outcome) => {
        if (outcome.kind === 'refreshed') onUserLocaleRef.current?.(outcome.payload.user.locale);
      },
      // The API is unreachable: keep the stored token for a later try, show the sign-in page.
      () => setStatus('signedOut'),
    );
  }, [status, refresher]);

  const me = useQuery(MeDocument, { skip: status !== 'signedIn', fetchPolicy: 'cache-first' });
  const user = status === 'signedIn' ? (me.data?.me ?? null) : null;

  const signIn = useCallback(
    async (email: string, password: string) => {
      const result = await apollo.mutate({ mutation: SignInDocument, variables: { input: { email, password } } });
      const payload = result.data?.signIn;
      // errorPolicy 'none': a GraphQL error has already rejected above.
      if (!payload) throw new Error('signIn returned no data');
      adopt(payload);
      onUserLocaleRef.current?.(payload.user.locale);
      return payload.user;
    },
    [apollo, adopt],
  );

  const startSession = useCallback(
    (payload: AuthPayloadFieldsFragment) => {
      adopt(payload);
      onUserLocaleRef.current?.(payload.user.locale);
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    const refreshToken = tokens.getRefreshToken();
    tokens.clear();
    setStatus('signedOut');
    await apollo.clearStore();
    if (refreshToken) {
      // Best effort: the token is already forgotten here; the server revokes it if it can be reached.
      await apollo.mutate({ mutation: SignOutDocument, variables: { input: { refreshToken } } }).catch(() => undefined);
    }
  }, [apollo, tokens]);

  const updateLocale = useCallback(
    async (locale: Locale) => {
      if (status !== 'signedIn') return;
      await apollo.mutate({ mutation: UpdateMyProfileDocument, variables: { input: { locale } } });
    },
    [apollo, status],
  );

  const value = useMemo<Session>(
    () => ({ status, user, signIn, startSession, signOut, updateLocale }),
    [status, user, signIn, startSession, signOut, updateLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

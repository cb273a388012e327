import { createContext, useContext } from 'react';

import type { AuthPayloadFieldsFragment, Locale, SessionUserFragment } from '../generated/graphql';

export type SessionStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface Session {
  /** 'restoring' while a stored refresh token is exchanged on load: show a spinner, do not redirect. */
  status: SessionStatus;
  /** The signed-in user (from `me`), null until known. */
  user: SessionUserFragment | null;
  /** Rejects with the Apollo error (translate it with errorMessage). */
  signIn(email: string, password: string): Promise<SessionUserFragment>;
  /** Starts a session from a payload another operation returned (acceptInvitation). */
  startSession(payload: AuthPayloadFieldsFragment): void;
  signOut(): Promise<void>;
  /** Saves the language on the profile (no-op when signed out). */
  updateLocale(locale: Locale): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionProvider> above it');
  return session;
}

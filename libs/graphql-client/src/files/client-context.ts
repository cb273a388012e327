import { createContext, useContext } from 'react';

import type { RelaisClient } from '../apollo/create-client';

export const RelaisClientContext = createContext<RelaisClient | null>(null);

/** The app's client (Apollo, tokens, refresher), for requests outside GraphQL such as proof files. */
export function useRelaisClient(): RelaisClient {
  const client = useContext(RelaisClientContext);
  if (!client) throw new Error('useRelaisClient() needs a <SessionProvider> above it');
  return client;
}

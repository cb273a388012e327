import type { Request } from 'express';

import { Actor } from './actor';

/** Every API key starts with this, so the guard tells a key from an access token without a lookup. */
export const API_KEY_PREFIX = 'rk_';

/** The root operation an API key asks for, as the guard sees it. */
export interface KeyOperation {
  type: 'query' | 'mutation' | 'subscription';
  field: string;
}

/**
 * Checks API keys for the global guard. Core declares it; the api-keys feature implements it (the
 * guard finds the implementation at run time), so core does not depend on a feature module.
 */
export abstract class ApiKeyAuthenticator {
  /** The key's actor, checked against the database on every request (a revoked key fails at once). */
  abstract authenticate(secret: string, request: Request): Promise<Actor>;
  /** Throws unless the key's scope allows the operation (deny by default). */
  abstract authorize(actor: Actor, operation: KeyOperation, request: Request): Promise<void>;
}

/** The key a request carries: `Authorization: Bearer rk_…` or `X-Api-Key: rk_…`; undefined otherwise. */
export function apiKeyOf(request: Request): string | undefined {
  const bearer = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer?.startsWith(API_KEY_PREFIX)) return bearer;
  const header = request.headers['x-api-key'];
  const value = Array.isArray(header) ? header[0] : header;
  return value ? value.trim() : undefined;
}

import { createHash, randomBytes } from 'node:crypto';

/** SHA-256 of a secret token, hex: what the database keeps instead of the token. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** 32 random bytes, URL-safe: a secret for a link or a refresh token, and the hash to store. */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

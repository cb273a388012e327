import { createHash, randomBytes } from 'node:crypto';

import { API_KEY_PREFIX } from '../../core/auth/api-key-auth';

/** How many characters of a secret lists show: the prefix and 8 random characters. */
const SHOWN = API_KEY_PREFIX.length + 8;

/** A new key: 32 random bytes (256 bits) after the recognisable prefix. */
export function newApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, SHOWN), hash: hashApiKey(secret) };
}

/**
 * One sha256, no salt, no slow hash: the secret is 256 random bits, not a password, so there is
 * no dictionary to try and brute force is out of reach whatever the hash speed; a fast, unsalted
 * hash lets every request find its key by an indexed equality lookup, where bcrypt/argon2 would
 * cost tens of milliseconds a request and need the key's id alongside the secret.
 */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

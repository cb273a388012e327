import { createHmac, timingSafeEqual } from 'node:crypto';

export const KNOWLEDGE_FILES_PATH = '/files/knowledge';

export interface FileGrant {
  attachmentId: string;
  userId: string;
  /** Unix seconds. */
  expires: number;
}

const mac = (secret: string, grant: FileGrant) =>
  createHmac('sha256', secret).update(`${grant.attachmentId}.${grant.userId}.${grant.expires}`).digest('base64url');

/**
 * A URL of an article file for one user until `expires`. Expiry is rounded up to the TTL's tenth,
 * so the URLs of one reader stay the same for a while and the browser's cache can serve them.
 */
export function signedFileUrl(secret: string, ttlSeconds: number, attachmentId: string, userId: string, download: boolean, now = Date.now()): string {
  const step = Math.max(60, Math.floor(ttlSeconds / 10));
  const expires = Math.ceil((now / 1000 + ttlSeconds) / step) * step;
  const grant = { attachmentId, userId, expires };
  const query = new URLSearchParams({ u: userId, e: String(expires), s: mac(secret, grant) });
  if (download) query.set('download', '1');
  return `${KNOWLEDGE_FILES_PATH}/${attachmentId}?${query.toString()}`;
}

/** The user a signed URL was made for, or null when its signature is wrong or it has expired. */
export function verifiedFileUser(secret: string, attachmentId: string, query: { u?: unknown; e?: unknown; s?: unknown }, now = Date.now()): string | null {
  const { u, e, s } = query;
  if (typeof u !== 'string' || typeof e !== 'string' || typeof s !== 'string' || !/^\d{1,12}$/.test(e)) return null;
  const expires = Number(e);
  if (expires * 1000 <= now) return null;
  const expected = Buffer.from(mac(secret, { attachmentId, userId: u, expires }));
  const given = Buffer.from(s);
  return expected.length === given.length && timingSafeEqual(expected, given) ? u : null;
}

import { createHash } from 'node:crypto';
import { extname } from 'node:path';

import { fileTypeFromBuffer } from 'file-type';

/** Allowed types of a kind of file (proofs, article attachments) with the extension a stored name gets. */
export type FileTypes = Readonly<Record<string, string>>;

/** The type read from the magic bytes (a name or a client's header proves nothing); null when not in `allowed`. */
export async function detectFileType(content: Uint8Array, allowed: FileTypes): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  return detected && detected.mime in allowed ? detected.mime : null;
}

export const sha256Of = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

const MAX_NAME_LENGTH = 120;

/**
 * A name safe to store and to send back in Content-Disposition: no path, no control or quoting
 * characters, at most 120 characters, and the extension of the detected type (a PNG named
 * `invoice.pdf` is stored as `invoice.png`); `fallback` when nothing is left.
 */
export function sanitizeFileName(original: string | undefined, mimeType: string, types: FileTypes, fallback: string): string {
  const extension = types[mimeType] ?? 'bin';
  const base = (original ?? '').split(/[\\/]/).pop() ?? '';
  const stem = base
    .slice(0, base.length - extname(base).length)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"'`<>|:*?%;\\]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, MAX_NAME_LENGTH - extension.length - 1)
    .trim();
  return `${stem || fallback}.${extension}`;
}

/** `inline` or `attachment` with an ASCII fallback name and the exact UTF-8 one (RFC 6266). */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

import { contentDisposition, detectFileType, sanitizeFileName as sanitizeName, sha256Of } from '../../../core/files/file-content';

export { contentDisposition, sha256Of };

/** What a proof may be, by the type its bytes show, with the extension its stored name gets. */
export const PROOF_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** The type of a proof read from its magic bytes; null when not allowed. */
export const detectProofType = (content: Uint8Array): Promise<string | null> => detectFileType(content, PROOF_TYPES);

/** A proof's safe name (see core/files), "proof" when nothing is left of the original. */
export const sanitizeFileName = (original: string | undefined, mimeType: string): string => sanitizeName(original, mimeType, PROOF_TYPES, 'proof');

/** Types a proof of sale may have, as detected from its bytes by the API. */
export const PROOF_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type ProofMimeType = (typeof PROOF_MIME_TYPES)[number];

/** Default of the API's PROOF_MAX_BYTES; the apps pre-check with it, the API decides. */
export const DEFAULT_PROOF_MAX_BYTES = 10 * 1024 * 1024;

/** Most proofs one declaration may carry. */
export const MAX_PROOFS_PER_DECLARATION = 20;

export const isProofMimeType = (type: string): type is ProofMimeType => (PROOF_MIME_TYPES as readonly string[]).includes(type);

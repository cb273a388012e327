/** FNV-1a, 32 bits: a tiny stable hash that needs no crypto library in browsers or Node. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * Whether an auto-approvable declaration is held for manual review anyway. The draw is the
 * declaration id's FNV-1a hash modulo 100, below the percentage: deterministic (a retried submit
 * draws the same; tests can predict it), uniform enough over random uuids, and auditable.
 */
export const isSampledForReview = (declarationId: string, percent: number) => fnv1a(declarationId.toLowerCase()) % 100 < percent;

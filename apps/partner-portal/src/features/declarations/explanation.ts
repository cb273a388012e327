import { explainEarning, type ExplainedPart } from '@relais/i18n';
import type { TFunction } from 'i18next';

interface StoredExplanation {
  parts?: ExplainedPart[];
  bonuses?: ExplainedPart[];
  caps?: ExplainedPart[];
}

/** A decided line's pointsExplanation (JSON text the API stored at approval) as one sentence in the active language. */
export function explainLine(t: TFunction, json: string | null | undefined): string | null {
  if (!json) return null;
  let stored: StoredExplanation;
  try {
    stored = JSON.parse(json) as StoredExplanation;
  } catch {
    return null;
  }
  const parts = [...(stored.parts ?? []), ...(stored.bonuses ?? []), ...(stored.caps ?? [])];
  return parts.length ? explainEarning(t, parts) : null;
}

import type { BackOfficeDeclarationDetailFragment, BackOfficeEarningPartFragment, SimulateEarningInput } from '@relais/graphql-client';
import { explainEarning, type ExplainedPart } from '@relais/i18n';
import type { TFunction } from 'i18next';

type Detail = BackOfficeDeclarationDetailFragment;

/** GraphQL parts carry their parameters as fields; explainEarning reads them from `params`. */
export const toExplained = ({ code, rule, ...params }: BackOfficeEarningPartFragment): ExplainedPart => ({ code, rule, params });

/** What simulateEarning needs to say what each line would earn (rules in force on the sale date, the partner's segments). */
export function simulationInput(d: Detail): SimulateEarningInput | null {
  const saleDate = d.saleDate ?? d.periodEnd;
  if (!saleDate || !d.lines.length) return null;
  return {
    partnerId: d.partnerId,
    saleDate,
    declaredOn: (d.submittedAt ?? d.createdAt).slice(0, 10),
    // The same test the API applies when it pays the points.
    hasCustomerProfile: Boolean(d.customer && (d.customer.type || d.customer.postalCode || d.customer.sector)),
    hasFeedback: Boolean(d.feedback && (d.feedback.rating !== null || d.feedback.comment)),
    lines: d.lines.map((l) => ({ lineId: l.id, productId: l.productId, quantity: l.quantity, amount: l.amount, currency: d.currency })),
  };
}

interface StoredExplanation {
  parts?: ExplainedPart[];
  bonuses?: ExplainedPart[];
  caps?: ExplainedPart[];
}

/** The explanation stored on an approved line (JSON text written by the API when it paid the points). */
export function explainStored(t: TFunction, json: string | null | undefined): string {
  if (!json) return '';
  try {
    const stored = JSON.parse(json) as StoredExplanation;
    return explainEarning(t, [...(stored.parts ?? []), ...(stored.bonuses ?? []), ...(stored.caps ?? [])]);
  } catch {
    return '';
  }
}

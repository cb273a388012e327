import type { PortalEarningPartFragment } from '@relais/graphql-client';
import type { ExplainedPart } from '@relais/i18n';

/** The GraphQL part (flat fields) in the shape explainEarning reads (code, rule, params). */
export function toExplainedPart(part: PortalEarningPartFragment): ExplainedPart {
  const { code, rule, ...params } = part;
  return { code, rule, params: { ...params, __typename: undefined } };
}

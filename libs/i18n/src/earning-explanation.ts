import type { TFunction } from 'i18next';

/** The shape of an explanation part (@relais/domain's EarningPart, or the GraphQL EarningPart). */
export interface ExplainedPart {
  code: string;
  rule?: { name: string } | null;
  ruleName?: string | null;
  params?: Record<string, unknown> | null;
}

/** A part as one phrase in the t function's language: "12 units × 5 pts", "×1.5 Spring launch". */
export function explainEarningPart(t: TFunction, part: ExplainedPart): string {
  const params = Object.fromEntries(Object.entries(part.params ?? {}).filter(([, v]) => v !== null && v !== undefined));
  const period = typeof params.period === 'string' ? t(`earning.periods.${params.period}`) : undefined;
  return t(`earning.parts.${part.code}`, {
    ...params,
    count: typeof params.quantity === 'number' ? params.quantity : undefined,
    name: part.rule?.name ?? part.ruleName ?? '',
    period,
  });
}

/** Parts joined into one sentence: "12 units × 5 pts, ×1.5 Spring launch, +20 feedback bonus". */
export const explainEarning = (t: TFunction, parts: readonly ExplainedPart[]): string =>
  parts.map((part) => explainEarningPart(t, part)).join(t('earning.separator'));

export const FLAG_CODES = ['DUPLICATE_INVOICE', 'DUPLICATE_SERIAL', 'NEAR_DUPLICATE', 'OUTLIER', 'NOT_ELIGIBLE_WINDOW', 'NOT_ELIGIBLE_SEGMENT', 'DUPLICATE_PROOF'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const FLAG_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];

/** A check that failed on a submitted declaration; params fill the sentence `declarations.flags.<code>`. */
export interface DeclarationFlag {
  code: FlagCode;
  severity: FlagSeverity;
  lineId: string | null;
  params: Record<string, string | number>;
}

/**
 * Severity of each check. Exact duplicates, a sale outside the window and a product not open to the
 * partner's segments are very likely not
 * payable; a near duplicate or an unusual figure only deserves a second look.
 */
export const FLAG_SEVERITY: Record<FlagCode, FlagSeverity> = {
  DUPLICATE_INVOICE: 'HIGH',
  DUPLICATE_SERIAL: 'HIGH',
  DUPLICATE_PROOF: 'HIGH',
  NOT_ELIGIBLE_WINDOW: 'HIGH',
  NOT_ELIGIBLE_SEGMENT: 'HIGH',
  NEAR_DUPLICATE: 'MEDIUM',
  OUTLIER: 'MEDIUM',
};

/**
 * Risk score 0..100 for sorting the review queue: each flag weighs by severity
 * (HIGH 40, MEDIUM 20, LOW 5), summed and capped at 100. So one exact duplicate (40) ranks above
 * one outlier (20), and a declaration with three serious flags reaches the top.
 */
export const SEVERITY_WEIGHT: Record<FlagSeverity, number> = { HIGH: 40, MEDIUM: 20, LOW: 5 };

export const riskScore = (flags: readonly Pick<DeclarationFlag, 'severity'>[]) =>
  Math.min(100, flags.reduce((sum, flag) => sum + SEVERITY_WEIGHT[flag.severity], 0));

export const flag = (code: FlagCode, lineId: string | null, params: DeclarationFlag['params'] = {}): DeclarationFlag => ({
  code,
  severity: FLAG_SEVERITY[code],
  lineId,
  params,
});

/** Whole days from the sale to the declaration, both taken as calendar dates (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A sale declared more than `windowDays` after it happened is flagged, not refused. */
export function windowFlag(saleDate: string, today: string, windowDays: number): DeclarationFlag | null {
  const age = daysBetween(saleDate, today);
  return age > windowDays ? flag('NOT_ELIGIBLE_WINDOW', null, { saleDate, days: age, windowDays }) : null;
}

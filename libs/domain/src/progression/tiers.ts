/** What a tier is measured on, for the whole programme: points earned, or sell-out amount. */
export const TIER_BASES = ['POINTS', 'SALES_AMOUNT'] as const;
export type TierBasis = (typeof TIER_BASES)[number];

/** Tiers measure the last 365 days, today included. */
export const TIER_WINDOW_DAYS = 365;

export interface TierLevel {
  id: string;
  /** The least value of the basis over the window that reaches the tier. */
  threshold: number;
  multiplier: number;
}

const ascending = <T extends TierLevel>(tiers: readonly T[]) => [...tiers].sort((a, b) => a.threshold - b.threshold || (a.id < b.id ? -1 : 1));

/** The highest tier whose threshold the value reaches; null below the lowest. */
export function tierFor<T extends TierLevel>(tiers: readonly T[], value: number): T | null {
  let reached: T | null = null;
  for (const tier of ascending(tiers)) if (value >= tier.threshold) reached = tier;
  return reached;
}

/** The next tier above the value and what is missing to reach it; null at the top. */
export function nextTier<T extends TierLevel>(tiers: readonly T[], value: number): { tier: T; missing: number } | null {
  const next = ascending(tiers).find((tier) => tier.threshold > value);
  return next ? { tier: next, missing: Math.round((next.threshold - value) * 100) / 100 } : null;
}

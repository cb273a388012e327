export interface SpendableLot {
  id: string;
  remaining: number;
  expiresAt: Date;
}

export interface LotDraw {
  lotId: string;
  amount: number;
}

export interface LotAllocation {
  draws: LotDraw[];
  /** What the lots could not cover (0 when they cover the whole amount). */
  shortfall: number;
}

/**
 * Which lots a spending of `amount` points draws from: the soonest-expiring first (ties by id,
 * so that two processes choose alike), each as far as it goes. Lots with nothing left are skipped.
 */
export function allocateFromLots(lots: readonly SpendableLot[], amount: number): LotAllocation {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`Points to draw must be a non-negative integer, got ${amount}`);
  const ordered = [...lots]
    .filter((lot) => lot.remaining > 0)
    .sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const draws: LotDraw[] = [];
  let left = amount;
  for (const lot of ordered) {
    if (left === 0) break;
    const take = Math.min(lot.remaining, left);
    draws.push({ lotId: lot.id, amount: take });
    left -= take;
  }
  return { draws, shortfall: left };
}

/**
 * Splits points between the declaring user and their partner (SPLIT programme setting). The user's
 * share is rounded down, so the two parts always add up to the whole and no point is created.
 */
export function splitPoints(amount: number, userPercent: number): { user: number; partner: number } {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`Points to split must be a non-negative integer, got ${amount}`);
  if (userPercent < 0 || userPercent > 100) throw new RangeError(`A user share must be 0..100 %, got ${userPercent}`);
  const user = Math.floor((amount * userPercent) / 100);
  return { user, partner: amount - user };
}

/**
 * Challenges: a competition over one metric between partners (TEAM) or partner users
 * (INDIVIDUAL), with a leaderboard per league and prizes paid once at the end.
 */
export const CHALLENGE_STATUSES = ['DRAFT', 'SCHEDULED', 'LIVE', 'ENDED', 'SETTLED'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const CHALLENGE_KINDS = ['INDIVIDUAL', 'TEAM'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

export const CHALLENGE_PRIZE_MODES = ['RANK', 'LEVEL'] as const;
export type ChallengePrizeMode = (typeof CHALLENGE_PRIZE_MODES)[number];

/** How participants are split so that each competes with peers: by tier, region or size (potential). */
export const CHALLENGE_LEAGUES = ['NONE', 'TIER', 'REGION', 'SIZE'] as const;
export type ChallengeLeagueBy = (typeof CHALLENGE_LEAGUES)[number];

/** The statuses in which the definition may still change (nobody has competed yet). */
export const EDITABLE_CHALLENGE_STATUSES: readonly ChallengeStatus[] = ['DRAFT', 'SCHEDULED'];

/** One prize: RANK mode pays `points` to the participant at `rank`, LEVEL mode to every score >= `threshold`. */
export interface ChallengePrize {
  rank?: number | null;
  threshold?: number | null;
  points: number;
}

export const MAX_CHALLENGE_DAYS = 366;
export const MAX_PRIZES = 50;
export const MAX_PRIZE_POINTS = 1_000_000;

/**
 * The points a final standing earns. Nothing for a score of zero or less: being ranked in an
 * empty league is not a performance. LEVEL mode pays the highest level reached, not each level.
 */
export function prizeFor(mode: ChallengePrizeMode, prizes: readonly ChallengePrize[], rank: number, score: number): number {
  if (!(score > 0)) return 0;
  if (mode === 'RANK') return prizes.find((p) => p.rank === rank)?.points ?? 0;
  const reached = prizes.filter((p) => p.threshold !== null && p.threshold !== undefined && score >= p.threshold);
  return reached.reduce((best, p) => Math.max(best, p.points), 0);
}

export interface PrizeProblem {
  field: string;
  reason: string;
}

/** The first problem of a prize list, or null: ranks 1..n each once, or positive thresholds each once. */
export function prizeProblem(mode: ChallengePrizeMode, prizes: readonly ChallengePrize[]): PrizeProblem | null {
  if (prizes.length > MAX_PRIZES) return { field: 'prizes', reason: 'arrayMaxSize' };
  const seen = new Set<number>();
  for (const [i, prize] of prizes.entries()) {
    if (!Number.isInteger(prize.points) || prize.points < 1 || prize.points > MAX_PRIZE_POINTS) return { field: `prizes.${i}.points`, reason: 'range' };
    const key = mode === 'RANK' ? prize.rank : prize.threshold;
    const field = `prizes.${i}.${mode === 'RANK' ? 'rank' : 'threshold'}`;
    if (key === null || key === undefined) return { field, reason: 'required' };
    if (mode === 'RANK' && (!Number.isInteger(key) || key < 1 || key > MAX_PRIZES)) return { field, reason: 'range' };
    if (mode === 'LEVEL' && !(key > 0)) return { field, reason: 'range' };
    if (seen.has(key)) return { field, reason: 'unique' };
    seen.add(key);
  }
  return null;
}

/** Days of a challenge's window as the daily metric buckets name them (UTC, both ends included). */
export const challengeDays = (startsAt: Date, endsAt: Date) => ({ from: startsAt.toISOString().slice(0, 10), to: endsAt.toISOString().slice(0, 10) });

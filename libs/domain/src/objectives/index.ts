/** Where an objective stands: UPCOMING before its start, ACTIVE until its end, then MISSED unless REACHED. */
export const OBJECTIVE_STATUSES = ['UPCOMING', 'ACTIVE', 'REACHED', 'MISSED'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const DEFAULT_NUDGE_PERCENT = 80;

export function objectiveStatus(objective: { startDay: string; endDay: string; reachedAt: Date | null }, today: string): ObjectiveStatus {
  if (objective.reachedAt) return 'REACHED';
  if (today < objective.startDay) return 'UPCOMING';
  return today > objective.endDay ? 'MISSED' : 'ACTIVE';
}

/** What happens to an objective when its progress reads `value`: nothing, a nudge, or reached. */
export function objectiveStep(value: number, target: number, nudgePercent: number): 'NONE' | 'NUDGE' | 'REACHED' {
  if (value >= target) return 'REACHED';
  return value >= (target * nudgePercent) / 100 ? 'NUDGE' : 'NONE';
}

/** Rounded to cents, so amounts read as money and not as floating-point leftovers. */
export const remainingOf = (value: number, target: number) => Math.max(0, Math.round((target - value) * 100) / 100);

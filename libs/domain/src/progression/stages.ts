import type { Metric, MetricScope } from '../activity/metrics';

/** The partner journey, in the order a partner goes through it. */
export const STAGES = ['INTEGRATION', 'ENABLEMENT', 'MOTIVATION', 'GROWTH'] as const;
export type Stage = (typeof STAGES)[number];

/** ROLLING counts the last `windowDays` days (today included); SINCE_JOINED counts everything the partner did. */
export const STAGE_WINDOWS = ['ROLLING', 'SINCE_JOINED'] as const;
export type StageWindow = (typeof STAGE_WINDOWS)[number];

export const STAGE_STATUSES = ['COMPLETED', 'CURRENT', 'LOCKED'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** The longest rolling window a criterion may use (five years). */
export const MAX_WINDOW_DAYS = 1830;

export interface StageCriterionRule {
  stage: Stage;
  metric: Metric;
  /**
   * PARTNER: the partner's own total. USER: the best of its users, i.e. at least one user of the
   * partner reaches the threshold alone (a training stage wants one trained person, not a sum).
   */
  scope: MetricScope;
  threshold: number;
  window: StageWindow;
  windowDays: number | null;
}

/** The first and last ISO days (UTC, both included) a criterion reads on `today`. */
export function criterionWindow(rule: Pick<StageCriterionRule, 'window' | 'windowDays'>, today: string): { from: string; to: string } {
  if (rule.window === 'SINCE_JOINED') return { from: '2000-01-01', to: today };
  const days = Math.max(1, rule.windowDays ?? 1);
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today };
}

/**
 * Which stages are done, given which ones were already completed and whether each stage's criteria
 * are all met now. Stages complete in order: a stage counts only once every earlier one is done.
 * A completed stage stays completed (see StagesService for why). A stage without criteria is met.
 */
export function stagesToComplete(completed: ReadonlySet<Stage>, metNow: (stage: Stage) => boolean): Stage[] {
  const newly: Stage[] = [];
  for (const stage of STAGES) {
    if (completed.has(stage)) continue;
    if (!metNow(stage)) break;
    newly.push(stage);
  }
  return newly;
}

/** The stage a partner is in: the first one not completed, or null when the journey is done. */
export function currentStage(completed: ReadonlySet<Stage>): Stage | null {
  return STAGES.find((stage) => !completed.has(stage)) ?? null;
}

export function stageStatus(stage: Stage, completed: ReadonlySet<Stage>): StageStatus {
  if (completed.has(stage)) return 'COMPLETED';
  return currentStage(completed) === stage ? 'CURRENT' : 'LOCKED';
}

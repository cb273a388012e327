import type { BackOfficeStageConfigurationQuery, Metric, MetricScope, StageConfigInput, StageWindow } from '@relais/graphql-client';

type StageConfig = BackOfficeStageConfigurationQuery['stageConfiguration'][number];

/** A criterion as typed in the form: numbers stay text until sent. */
export interface CriterionDraft {
  key: string;
  metric: Metric;
  scope: MetricScope;
  category: string;
  threshold: string;
  window: StageWindow;
  windowDays: string;
}

export interface StageDraft {
  points: string;
  criteria: CriterionDraft[];
}

export const SALES_METRICS: readonly Metric[] = ['UNITS_SOLD', 'SALES_AMOUNT'];

let keys = 0;
export const newCriterion = (): CriterionDraft => ({ key: `new-${++keys}`, metric: 'DECLARATIONS_APPROVED', scope: 'PARTNER', category: '', threshold: '1', window: 'SINCE_JOINED', windowDays: '' });

export function toDraft(stage: StageConfig): StageDraft {
  return {
    points: String(stage.points),
    criteria: stage.criteria.map((c) => ({
      key: c.id,
      metric: c.metric,
      scope: c.scope,
      category: c.category ?? '',
      threshold: String(c.threshold),
      window: c.window,
      windowDays: c.windowDays === null || c.windowDays === undefined ? '' : String(c.windowDays),
    })),
  };
}

/** A blank or unreadable number goes as -1, out of every range, so the API's validation names the field. */
const numberOr = (text: string, fallback: number) => (text.trim() === '' || Number.isNaN(Number(text)) ? fallback : Number(text));

export function toInput(stage: StageConfig['stage'], draft: StageDraft): StageConfigInput {
  return {
    stage,
    points: numberOr(draft.points, -1),
    criteria: draft.criteria.map((c) => ({
      metric: c.metric,
      scope: c.scope,
      category: SALES_METRICS.includes(c.metric) && c.category.trim() ? c.category.trim() : null,
      threshold: numberOr(c.threshold, -1),
      window: c.window,
      windowDays: c.window === 'ROLLING' ? (c.windowDays.trim() === '' ? null : numberOr(c.windowDays, -1)) : null,
    })),
  };
}

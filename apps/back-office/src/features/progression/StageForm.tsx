import { useMutation } from '@apollo/client/react';
import { BackOfficeConfigureStageDocument, type BackOfficeStageConfigurationQuery, type Metric, type MetricScope, type StageWindow } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type CriterionDraft, newCriterion, SALES_METRICS, toDraft, toInput } from './stage-form';

const METRICS: readonly Metric[] = ['DECLARATIONS_APPROVED', 'UNITS_SOLD', 'SALES_AMOUNT', 'FEEDBACK_GIVEN', 'SIGN_IN_DAYS', 'QUIZZES_PASSED', 'ARTICLES_READ', 'FILES_DOWNLOADED', 'BADGES_EARNED'];
const SCOPES: readonly MetricScope[] = ['PARTNER', 'USER'];
const WINDOWS: readonly StageWindow[] = ['SINCE_JOINED', 'ROLLING'];

type StageConfig = BackOfficeStageConfigurationQuery['stageConfiguration'][number];

/** One stage's points and criteria, saved together. */
export function StageForm({ stage }: { stage: StageConfig }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => toDraft(stage));
  const [notice, setNotice] = useState<string | null>(null);
  const [configure, { error, loading }] = useMutation(BackOfficeConfigureStageDocument);
  const fe = error ? fieldErrors(t, error) : {};
  const p = (key: string) => `backofficeProgression.stages.${key}`;
  const name = t(`progression.stage.${stage.stage}`);
  const setCriterion = (index: number, patch: Partial<CriterionDraft>) =>
    setDraft((d) => ({ ...d, criteria: d.criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      await configure({ variables: { input: toInput(stage.stage, draft) } });
      setNotice(t(p('saved'), { stage: name }));
    } catch {
      // Shown from the mutation's error.
    }
  };

  return (
    <Card title={name}>
      <form className="r-form" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextField label={t(p('points'))} type="number" min={0} step={1} inputMode="numeric" value={draft.points} error={fe['points']} onChange={(e) => setDraft((d) => ({ ...d, points: e.target.value }))} />
        <div className="stage-config__criteria">
          {draft.criteria.length === 0 ? <p className="r-muted">{t(p('noCriteria'))}</p> : null}
          {draft.criteria.map((c, i) => {
            const f = (field: string) => fe[`criteria.${i}.${field}`];
            return (
              <fieldset key={c.key} className="stage-config__criterion">
                <legend>{t(p('criterion'), { index: i + 1 })}</legend>
                <div className="r-form-row r-form-row--2">
                  <Select label={t(p('metric'))} options={METRICS.map((m) => ({ value: m, label: t(`progression.metric.${m}`) }))} value={c.metric} error={f('metric')} onChange={(e) => setCriterion(i, { metric: e.target.value as Metric })} />
                  <Select label={t(p('scope'))} options={SCOPES.map((s) => ({ value: s, label: t(`backofficeProgression.stages.scopeOption.${s}`) }))} value={c.scope} error={f('scope')} onChange={(e) => setCriterion(i, { scope: e.target.value as MetricScope })} />
                  <TextField label={t(p('threshold'))} type="number" min={0} step="any" inputMode="decimal" value={c.threshold} error={f('threshold')} onChange={(e) => setCriterion(i, { threshold: e.target.value })} />
                  <Select label={t(p('window'))} options={WINDOWS.map((w) => ({ value: w, label: t(`backofficeProgression.stages.windowOption.${w}`) }))} value={c.window} error={f('window')} onChange={(e) => setCriterion(i, { window: e.target.value as StageWindow })} />
                  {c.window === 'ROLLING' ? (
                    <TextField label={t(p('windowDays'))} type="number" min={1} step={1} inputMode="numeric" value={c.windowDays} error={f('windowDays')} onChange={(e) => setCriterion(i, { windowDays: e.target.value })} />
                  ) : null}
                  {SALES_METRICS.includes(c.metric) ? (
                    <TextField label={t(p('category'))} hint={t(p('categoryHint'))} value={c.category} error={f('category')} onChange={(e) => setCriterion(i, { category: e.target.value })} />
                  ) : null}
                </div>
                <div>
                  <Button type="button" variant="secondary" size="sm" onClick={() => setDraft((d) => ({ ...d, criteria: d.criteria.filter((_, j) => j !== i) }))}>
                    {t(p('removeCriterion'), { index: i + 1 })}
                  </Button>
                </div>
              </fieldset>
            );
          })}
        </div>
        <div className="r-form-actions">
          <Button type="button" variant="secondary" onClick={() => setDraft((d) => ({ ...d, criteria: [...d.criteria, newCriterion()] }))}>
            {t(p('addCriterion'))}
          </Button>
          <Button type="submit" variant="primary" busy={loading}>
            {t(p('save'), { stage: name })}
          </Button>
        </div>
        <LiveRegion message={notice} tone="success" />
      </form>
    </Card>
  );
}

import { CHALLENGE_KINDS, CHALLENGE_LEAGUES, CHALLENGE_PRIZE_MODES, METRICS } from '@relais/domain';
import { Button, Select, TextAreaField, TextField } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { type ChallengeFormState, newPrize } from './challenge-form';
import { ChallengeProducts } from './ChallengeProducts';

interface Props {
  form: ChallengeFormState;
  onChange(form: ChallengeFormState): void;
  /** Translated problems keyed by the API's field path (title.fr, endsAt, prizes.1.rank…). */
  errors: Record<string, string>;
  segments: readonly { id: string; name: string }[];
}

/** The inputs of a challenge; each shows the API's problem for its own field. */
export function ChallengeFields({ form, onChange, errors, segments }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ChallengeFormState>(key: K, value: ChallengeFormState[K]) => onChange({ ...form, [key]: value });
  const setPrize = (index: number, patch: Partial<ChallengeFormState['prizes'][number]>) =>
    set('prizes', form.prizes.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const rankMode = form.prizeMode === 'RANK';

  return (
    <>
      <div className="r-grid r-grid--2">
        <TextField label={t('challenges.editor.titleEn')} value={form.titleEn} onChange={(e) => set('titleEn', e.target.value)} error={errors['title.en']} maxLength={120} required />
        <TextField label={t('challenges.editor.titleFr')} value={form.titleFr} onChange={(e) => set('titleFr', e.target.value)} error={errors['title.fr']} maxLength={120} required />
        <TextAreaField label={t('challenges.editor.rulesEn')} value={form.rulesEn} onChange={(e) => set('rulesEn', e.target.value)} error={errors['rules.en']} rows={4} required />
        <TextAreaField label={t('challenges.editor.rulesFr')} value={form.rulesFr} onChange={(e) => set('rulesFr', e.target.value)} error={errors['rules.fr']} rows={4} required />
        <Select
          label={t('challenges.editor.metric')}
          options={METRICS.map((value) => ({ value, label: t(`challenges.metric.${value}`) }))}
          value={form.metric}
          onChange={(e) => set('metric', e.target.value as ChallengeFormState['metric'])}
          error={errors['metric']}
        />
        <TextField label={t('challenges.editor.category')} value={form.category} onChange={(e) => set('category', e.target.value)} error={errors['filter'] ?? errors['filter.category']} />
        <ChallengeProducts value={form.productIds} onChange={(ids) => set('productIds', ids)} error={Object.entries(errors).find(([field]) => field.startsWith('filter.productIds'))?.[1]} />
        <Select
          label={t('challenges.editor.kind')}
          options={CHALLENGE_KINDS.map((value) => ({ value, label: `${t(`challenges.kind.${value}`)} — ${t(`challenges.kindHint.${value}`)}` }))}
          value={form.kind}
          onChange={(e) => set('kind', e.target.value as ChallengeFormState['kind'])}
        />
        <Select
          label={t('challenges.editor.segment')}
          placeholder={t('challenges.editor.segmentAll')}
          options={segments.map((s) => ({ value: s.id, label: s.name }))}
          value={form.segmentId}
          onChange={(e) => set('segmentId', e.target.value)}
          error={errors['segmentId']}
        />
        <TextField label={t('challenges.editor.startsAt')} type="datetime-local" value={form.startsAt} onChange={(e) => set('startsAt', e.target.value)} error={errors['startsAt']} required />
        <TextField label={t('challenges.editor.endsAt')} type="datetime-local" value={form.endsAt} onChange={(e) => set('endsAt', e.target.value)} error={errors['endsAt']} required />
        <Select
          label={t('challenges.editor.leagueBy')}
          options={CHALLENGE_LEAGUES.map((value) => ({ value, label: t(`challenges.leagueBy.${value}`) }))}
          value={form.leagueBy}
          onChange={(e) => set('leagueBy', e.target.value as ChallengeFormState['leagueBy'])}
          error={errors['leagueBy']}
        />
        <Select
          label={t('challenges.editor.prizeMode')}
          options={CHALLENGE_PRIZE_MODES.map((value) => ({ value, label: t(`challenges.prizeMode.${value}`) }))}
          value={form.prizeMode}
          onChange={(e) => set('prizeMode', e.target.value as ChallengeFormState['prizeMode'])}
        />
      </div>
      <fieldset className="r-field">
        <legend className="r-field__label">{t('challenges.editor.prizes')}</legend>
        {form.prizes.map((prize, i) => (
          <div key={prize.key} className="r-grid r-grid--2">
            <TextField
              label={`${rankMode ? t('challenges.editor.prizeRank') : t('challenges.editor.prizeThreshold')} ${i + 1}`}
              type="number"
              inputMode="decimal"
              value={prize.at}
              onChange={(e) => setPrize(i, { at: e.target.value })}
              error={errors[`prizes.${i}.${rankMode ? 'rank' : 'threshold'}`]}
            />
            <TextField
              label={`${t('challenges.editor.prizePoints')} ${i + 1}`}
              type="number"
              inputMode="numeric"
              value={prize.points}
              onChange={(e) => setPrize(i, { points: e.target.value })}
              error={errors[`prizes.${i}.points`]}
            />
            <Button variant="ghost" size="sm" onClick={() => set('prizes', form.prizes.filter((_, j) => j !== i))}>
              {t('challenges.editor.removePrize', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" onClick={() => set('prizes', [...form.prizes, newPrize()])}>
          {t('challenges.editor.addPrize')}
        </Button>
        {errors['prizes'] ? <p className="r-field__error">{errors['prizes']}</p> : null}
      </fieldset>
    </>
  );
}

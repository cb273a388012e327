import { useQuery } from '@apollo/client/react';
import { BackOfficeProductCategoriesDocument, BackOfficeSegmentsDocument } from '@relais/graphql-client';
import { Alert, Button, errorMessage, fieldErrors, Select, TextField } from '@relais/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { allowsProductTarget, EARNING_RULE_KINDS, type EarningRuleFormValues } from './earningRuleForm';
import { ProductPicker } from './ProductPicker';

interface EarningRuleFormProps {
  initial: EarningRuleFormValues;
  kindLocked: boolean;
  submitLabel: string;
  onSubmit(values: EarningRuleFormValues): Promise<void>;
  onCancel(): void;
}

const NUMBER_FIELDS: Record<EarningRuleFormValues['kind'], (v: EarningRuleFormValues) => [keyof EarningRuleFormValues, string][]> = {
  BASE: (v) => [['points', 'base.points'], ...(v.basis === 'AMOUNT' ? ([['per', 'base.per']] as [keyof EarningRuleFormValues, string][]) : [])],
  MULTIPLIER: () => [['factor', 'multiplier.factor']],
  BONUS: (v) => [['points', 'bonus.points'], ...(v.condition === 'ON_TIME' ? ([['withinDays', 'bonus.withinDays']] as [keyof EarningRuleFormValues, string][]) : [])],
  CAP: () => [['maxPoints', 'cap.maxPoints']],
};

/** One form for the four kinds of rule; it shows the parameters of the chosen kind only. */
export function EarningRuleForm({ initial, kindLocked, submitLabel, onSubmit, onCancel }: EarningRuleFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const idPrefix = useId();
  const segments = useQuery(BackOfficeSegmentsDocument);
  const categories = useQuery(BackOfficeProductCategoriesDocument);
  const set = <K extends keyof EarningRuleFormValues>(key: K, value: EarningRuleFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const fe = { ...(error ? fieldErrors(t, error) : {}), ...local };
  const f = (key: string) => `backofficePoints.form.${key}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!values.name.trim()) problems['name'] = t('validation.required', { field: t(f('name')) });
    for (const [key, field] of NUMBER_FIELDS[values.kind](values)) {
      const raw = String(values[key]).trim().replace(',', '.');
      if (raw === '' || Number.isNaN(Number(raw))) problems[field] = t('validation.isNumber', { field: t(f(field.split('.')[1] ?? key)) });
    }
    setLocal(problems);
    setError(null);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const productTarget = allowsProductTarget(values);
  return (
    <form className="r-form" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : Object.keys(local).length ? <Alert tone="error">{t(f('fixErrors'))}</Alert> : null}
      <fieldset className="bo-radios">
        <legend>{t(f('kindLegend'))}</legend>
        {kindLocked ? <p className="r-muted">{t(f('kindLocked'))}</p> : null}
        {EARNING_RULE_KINDS.map((kind) => (
          <div key={kind} className="bo-radio">
            <input
              id={`${idPrefix}-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              checked={values.kind === kind}
              disabled={kindLocked && values.kind !== kind}
              aria-describedby={`${idPrefix}-${kind}-hint`}
              onChange={() => set('kind', kind)}
            />
            <label htmlFor={`${idPrefix}-${kind}`}>
              <strong>{t(`backofficePoints.kind.${kind}`)}</strong>
            </label>
            <span id={`${idPrefix}-${kind}-hint`} className="r-muted">
              {t(`backofficePoints.kindHint.${kind}`)}
            </span>
          </div>
        ))}
      </fieldset>
      <TextField label={t(f('name'))} value={values.name} error={fe['name']} required onChange={(e) => set('name', e.target.value)} />
      <div className="r-form-row r-form-row--2">
        <TextField label={t(f('effectiveFrom'))} type="date" value={values.effectiveFrom} error={fe['effectiveFrom']} required onChange={(e) => set('effectiveFrom', e.target.value)} />
        <TextField label={t(f('effectiveTo'))} hint={t(f('effectiveToHint'))} type="date" value={values.effectiveTo} error={fe['effectiveTo']} onChange={(e) => set('effectiveTo', e.target.value)} />
      </div>

      {values.kind === 'BASE' ? (
        <div className="r-form-row r-form-row--2">
          <Select
            label={t(f('basis'))}
            options={(['UNIT', 'AMOUNT'] as const).map((b) => ({ value: b, label: t(`backofficePoints.basis.${b}`) }))}
            value={values.basis}
            onChange={(e) => set('basis', e.target.value as EarningRuleFormValues['basis'])}
          />
          <TextField
            label={t(values.basis === 'AMOUNT' ? f('pointsPerAmount') : f('pointsPerUnit'))}
            inputMode="decimal"
            value={values.points}
            error={fe['base.points']}
            onChange={(e) => set('points', e.target.value)}
          />
          {values.basis === 'AMOUNT' ? (
            <>
              <TextField label={t(f('per'))} hint={t(f('perHint'))} inputMode="decimal" value={values.per} error={fe['base.per']} onChange={(e) => set('per', e.target.value)} />
              <TextField label={t(f('currency'))} maxLength={3} value={values.currency} error={fe['base.currency']} onChange={(e) => set('currency', e.target.value.toUpperCase())} />
            </>
          ) : null}
        </div>
      ) : null}
      {values.kind === 'MULTIPLIER' ? (
        <TextField label={t(f('factor'))} hint={t(f('factorHint'))} inputMode="decimal" value={values.factor} error={fe['multiplier.factor']} onChange={(e) => set('factor', e.target.value)} />
      ) : null}
      {values.kind === 'BONUS' ? (
        <div className="r-form-row r-form-row--2">
          <Select
            label={t(f('condition'))}
            options={(['FEEDBACK', 'CUSTOMER_PROFILE', 'ON_TIME'] as const).map((c) => ({ value: c, label: t(`backofficePoints.condition.${c}`) }))}
            value={values.condition}
            onChange={(e) => set('condition', e.target.value as EarningRuleFormValues['condition'])}
          />
          <Select
            label={t(f('bonusScope'))}
            options={(['DECLARATION', 'LINE'] as const).map((s) => ({ value: s, label: t(`backofficePoints.bonusScope.${s}`) }))}
            value={values.bonusScope}
            onChange={(e) => set('bonusScope', e.target.value as EarningRuleFormValues['bonusScope'])}
          />
          <TextField label={t(f('points'))} inputMode="numeric" value={values.points} error={fe['bonus.points']} onChange={(e) => set('points', e.target.value)} />
          {values.condition === 'ON_TIME' ? (
            <TextField label={t(f('withinDays'))} inputMode="numeric" value={values.withinDays} error={fe['bonus.withinDays']} onChange={(e) => set('withinDays', e.target.value)} />
          ) : null}
        </div>
      ) : null}
      {values.kind === 'CAP' ? (
        <div className="r-form-row r-form-row--2">
          <Select
            label={t(f('capScope'))}
            options={(['DECLARATION', 'PERIOD'] as const).map((s) => ({ value: s, label: t(`backofficePoints.capScope.${s}`) }))}
            value={values.capScope}
            onChange={(e) => set('capScope', e.target.value as EarningRuleFormValues['capScope'])}
          />
          {values.capScope === 'PERIOD' ? (
            <Select
              label={t(f('capPeriod'))}
              options={(['MONTH', 'QUARTER', 'YEAR'] as const).map((p) => ({ value: p, label: t(`backofficePoints.capPeriod.${p}`) }))}
              value={values.capPeriod}
              error={fe['cap.period']}
              onChange={(e) => set('capPeriod', e.target.value as EarningRuleFormValues['capPeriod'])}
            />
          ) : null}
          <TextField label={t(f('maxPoints'))} inputMode="numeric" value={values.maxPoints} error={fe['cap.maxPoints']} onChange={(e) => set('maxPoints', e.target.value)} />
        </div>
      ) : null}

      <fieldset className="r-form bo-radios bo-rule-form-target">
        <legend>{t(f('targetLegend'))}</legend>
        {productTarget ? (
          <>
            <Select
              label={t(f('targetType'))}
              options={(['ALL', 'PRODUCT', 'CATEGORY'] as const).map((x) => ({ value: x, label: t(f(`target${x === 'ALL' ? 'All' : x === 'PRODUCT' ? 'Product' : 'Category'}`)) }))}
              value={values.target}
              onChange={(e) => set('target', e.target.value as EarningRuleFormValues['target'])}
            />
            {values.target === 'PRODUCT' ? <ProductPicker label={t(f('product'))} value={values.productId} error={fe['productId']} onChange={(id) => set('productId', id)} /> : null}
            {values.target === 'CATEGORY' ? (
              <Select
                label={t(f('category'))}
                options={(categories.data?.productCategories ?? []).map((c) => ({ value: c, label: c }))}
                placeholder="—"
                value={values.category}
                error={fe['category']}
                onChange={(e) => set('category', e.target.value)}
              />
            ) : null}
          </>
        ) : null}
        <Select
          label={t(f('segment'))}
          options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
          placeholder={t(f('segmentAny'))}
          value={values.segmentId}
          error={fe['segmentId']}
          onChange={(e) => set('segmentId', e.target.value)}
        />
      </fieldset>
      <div className="r-form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

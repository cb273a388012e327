import { useQuery } from '@apollo/client/react';
import { BackOfficeProductCategoriesDocument } from '@relais/graphql-client';
import { Select, TextField } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { METRIC_VALUES } from '../badges/metrics';
import type { ObjectiveFormValues } from './objective-form';

interface Props {
  values: ObjectiveFormValues;
  onChange(values: ObjectiveFormValues): void;
  errors: Record<string, string>;
  /** Keeps the ids of two forms on one page apart. */
  idPrefix: string;
}

/** Metric, category, target, dates and points: the part of an objective both creation forms share. */
export function ObjectiveFieldInputs({ values, onChange, errors, idPrefix }: Props) {
  const { t } = useTranslation();
  const categories = useQuery(BackOfficeProductCategoriesDocument);
  const text = (name: keyof ObjectiveFormValues) => (event: { target: { value: string } }) => onChange({ ...values, [name]: event.target.value });
  const sales = values.metric === 'UNITS_SOLD' || values.metric === 'SALES_AMOUNT';
  return (
    <>
      <Select id={`${idPrefix}-metric`} label={t('objectives.admin.metric')} value={values.metric} onChange={text('metric')} options={METRIC_VALUES.map((m) => ({ value: m, label: t(`objectives.metric.${m}`) }))} error={errors['metric']} />
      {sales ? (
        <Select
          id={`${idPrefix}-category`}
          label={t('objectives.admin.category')}
          value={values.category}
          onChange={text('category')}
          placeholder={t('objectives.admin.anyCategory')}
          options={(categories.data?.productCategories ?? []).map((c) => ({ value: c, label: c }))}
          error={errors['category']}
        />
      ) : null}
      <TextField id={`${idPrefix}-target`} label={t('objectives.admin.target')} inputMode="decimal" value={values.target} onChange={text('target')} required error={errors['target']} />
      <TextField id={`${idPrefix}-start`} label={t('objectives.admin.startDay')} type="date" value={values.startDay} onChange={text('startDay')} required error={errors['startDay']} />
      <TextField id={`${idPrefix}-end`} label={t('objectives.admin.endDay')} type="date" value={values.endDay} onChange={text('endDay')} required error={errors['endDay']} />
      <TextField id={`${idPrefix}-points`} label={t('objectives.admin.points')} inputMode="numeric" value={values.points} onChange={text('points')} required error={errors['points']} />
    </>
  );
}

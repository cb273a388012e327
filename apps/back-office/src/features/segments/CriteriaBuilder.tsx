import type { BrandModel, PartnerType, Potential } from '@relais/graphql-client';
import { Button, CheckboxGroup, Select, TextField } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { countryName } from '../../lib/countries';
import { useOptions } from '../common/useOptions';
import { addUnique, type CriteriaDraft } from './criteria';
import { ProgressionCriteria } from './ProgressionCriteria';
import { ValueListField } from './ValueListField';

interface Props {
  value: CriteriaDraft;
  onChange(value: CriteriaDraft): void;
  /** Translated problems keyed by the API's field path (criteria.countries…). */
  errors: Record<string, string>;
}

export function CriteriaBuilder({ value, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const [country, setCountry] = useState('');
  const [region, setRegion] = useState('');
  const error = (name: keyof CriteriaDraft) => errors[`criteria.${name}`] ?? null;

  const addRegion = () => {
    onChange({ ...value, regions: addUnique(value.regions, region) });
    setRegion('');
  };

  return (
    <fieldset className="bo-criteria">
      <legend className="bo-criteria__legend">{t('backoffice.segments.criteria.legend')}</legend>
      <p className="r-field__hint">{t('backoffice.segments.criteria.hint')}</p>
      <CheckboxGroup
        legend={t('backoffice.segments.criteria.types')}
        options={options.partnerTypes}
        value={value.types}
        onChange={(types) => onChange({ ...value, types: types as PartnerType[] })}
        error={error('types')}
        inline
      />
      <CheckboxGroup
        legend={t('backoffice.segments.criteria.brandModels')}
        options={options.brandModels}
        value={value.brandModels}
        onChange={(brandModels) => onChange({ ...value, brandModels: brandModels as BrandModel[] })}
        error={error('brandModels')}
        inline
      />
      <CheckboxGroup
        legend={t('backoffice.segments.criteria.potentials')}
        options={options.potentials}
        value={value.potentials}
        onChange={(potentials) => onChange({ ...value, potentials: potentials as Potential[] })}
        error={error('potentials')}
        inline
      />
      <ValueListField
        legend={t('backoffice.segments.criteria.countries')}
        values={value.countries}
        labelOf={(code) => countryName(code, i18n.language)}
        onRemove={(code) => onChange({ ...value, countries: value.countries.filter((c) => c !== code) })}
        error={error('countries')}
        adder={
          <Select
            label={t('backoffice.segments.criteria.addCountry')}
            options={options.countries.filter((o) => !value.countries.includes(o.value))}
            placeholder=""
            value={country}
            onChange={(event) => {
              const code = event.target.value;
              setCountry('');
              if (code) onChange({ ...value, countries: [...value.countries, code] });
            }}
          />
        }
      />
      <ValueListField
        legend={t('backoffice.segments.criteria.regions')}
        values={value.regions}
        onRemove={(name) => onChange({ ...value, regions: value.regions.filter((r) => r !== name) })}
        error={error('regions')}
        adder={
          <div className="bo-inline-add">
            <TextField
              label={t('backoffice.segments.criteria.addRegion')}
              value={region}
              placeholder={t('backoffice.segments.criteria.regionPlaceholder')}
              onChange={(event) => setRegion(event.target.value)}
              onKeyDown={(event) => {
                // Enter adds the region instead of submitting the whole segment form.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addRegion();
                }
              }}
            />
            <Button variant="secondary" onClick={addRegion} disabled={!region.trim()}>
              {t('backoffice.segments.criteria.add')}
            </Button>
          </div>
        }
      />
      <ProgressionCriteria value={value} onChange={onChange} error={error} />
    </fieldset>
  );
}

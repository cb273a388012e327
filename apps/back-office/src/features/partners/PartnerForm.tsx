import { useQuery } from '@apollo/client/react';
import { BackOfficeChannelManagersDocument, type BrandModel, type PartnerType, type Potential } from '@relais/graphql-client';
import { Alert, Button, errorMessage, fieldErrors, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../common/personName';
import { useOptions } from '../common/useOptions';

export interface PartnerFormValues {
  code: string;
  name: string;
  type: PartnerType | '';
  brandModel: BrandModel | '';
  potential: Potential | '';
  country: string;
  region: string;
  city: string;
  channelManagerId: string;
}

export const EMPTY_PARTNER: PartnerFormValues = {
  code: '',
  name: '',
  type: '',
  brandModel: '',
  potential: '',
  country: '',
  region: '',
  city: '',
  channelManagerId: '',
};

interface Props {
  mode: 'create' | 'edit';
  initial: PartnerFormValues;
  /** Brand admins may pick the channel manager at creation; a channel manager's partner is theirs. */
  withChannelManager: boolean;
  submitLabel: string;
  onSubmit(values: PartnerFormValues): Promise<void>;
  onCancel(): void;
}

/** Every attribute of a partner; the API's errors appear beside the field they name. */
export function PartnerForm({ mode, initial, withChannelManager, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const managers = useQuery(BackOfficeChannelManagersDocument, { skip: !withChannelManager });

  const [missing, setMissing] = useState<Record<string, string>>({});

  const byField = { ...(error ? fieldErrors(t, error) : {}), ...missing };
  const fieldError = (name: keyof PartnerFormValues) => byField[name] ?? null;
  const summary = error ? errorMessage(t, error) : Object.keys(missing).length > 0 ? t('errors.INVALID_INPUT_noField') : null;
  const set = (name: keyof PartnerFormValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // Enum fields left empty would be refused by GraphQL itself, before any field could be named.
    const required = (['code', 'name', 'type', 'brandModel', 'potential', 'country'] as const).filter((name) => !values[name].trim());
    const problems = Object.fromEntries(required.map((name) => [name, t('validation.required', { field: t(`fields.${name}`) })]));
    setMissing(problems);
    if (required.length > 0) return;
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
      <div aria-live="assertive">{summary ? <Alert tone="error" live={false}>{summary}</Alert> : null}</div>
      <div className="r-form-row r-form-row--2">
        <TextField
          label={t('backoffice.partners.fields.code')}
          name="code"
          value={values.code}
          onChange={set('code')}
          required
          disabled={mode === 'edit'}
          hint={mode === 'create' ? t('backoffice.partners.form.codeHint') : undefined}
          error={fieldError('code')}
          autoComplete="off"
        />
        <TextField
          label={t('backoffice.partners.fields.name')}
          name="name"
          value={values.name}
          onChange={set('name')}
          required
          error={fieldError('name')}
          autoComplete="organization"
        />
      </div>
      <div className="r-form-row r-form-row--2">
        <Select
          label={t('backoffice.partners.fields.type')}
          name="type"
          options={options.partnerTypes}
          placeholder={mode === 'create' ? '' : undefined}
          value={values.type}
          onChange={set('type')}
          required
          error={fieldError('type')}
        />
        <Select
          label={t('backoffice.partners.fields.brandModel')}
          name="brandModel"
          options={options.brandModels}
          placeholder={mode === 'create' ? '' : undefined}
          value={values.brandModel}
          onChange={set('brandModel')}
          required
          error={fieldError('brandModel')}
        />
      </div>
      <div className="r-form-row r-form-row--2">
        <Select
          label={t('backoffice.partners.fields.potential')}
          name="potential"
          options={options.potentials}
          placeholder={mode === 'create' ? '' : undefined}
          value={values.potential}
          onChange={set('potential')}
          required
          error={fieldError('potential')}
        />
        <Select
          label={t('backoffice.partners.fields.country')}
          name="country"
          options={options.countries}
          placeholder={mode === 'create' ? t('backoffice.partners.form.countryHint') : undefined}
          value={values.country}
          onChange={set('country')}
          required
          error={fieldError('country')}
          autoComplete="country"
        />
      </div>
      <div className="r-form-row r-form-row--2">
        <TextField
          label={t('backoffice.partners.fields.region')}
          name="region"
          value={values.region}
          onChange={set('region')}
          optionalText={t('common.optional')}
          error={fieldError('region')}
          autoComplete="address-level1"
        />
        <TextField
          label={t('backoffice.partners.fields.city')}
          name="city"
          value={values.city}
          onChange={set('city')}
          optionalText={t('common.optional')}
          error={fieldError('city')}
          autoComplete="address-level2"
        />
      </div>
      {withChannelManager ? (
        <Select
          label={t('backoffice.partners.fields.channelManager')}
          name="channelManagerId"
          options={(managers.data?.channelManagers ?? []).map((m) => ({ value: m.id, label: personName(m) }))}
          placeholder={t('backoffice.partners.form.noChannelManager')}
          hint={t('backoffice.partners.form.channelManagerHint')}
          value={values.channelManagerId}
          onChange={set('channelManagerId')}
          error={fieldError('channelManagerId')}
        />
      ) : null}
      <div className="r-form-actions">
        <Button type="submit" busy={busy}>
          {busy ? t('common.saving') : submitLabel}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

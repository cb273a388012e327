import { useMutation } from '@apollo/client/react';
import { PARTNER_TYPES } from '@relais/domain';
import { type PartnerType, SubmitApplicationDocument } from '@relais/graphql-client';
import { isLocale } from '@relais/i18n';
import { Alert, Button, errorMessage, fieldErrors, Select, TextAreaField, TextField, useDocumentTitle, useFormat } from '@relais/ui';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { APPLICATION_COUNTRIES } from './countries';

const EMPTY = { company: '', type: '', country: '', city: '', contactFirstName: '', contactLastName: '', contactEmail: '', phone: '', message: '' };
type Form = typeof EMPTY;

/** The public form a prospective reseller fills to join the network; a brand admin decides later. */
export function ApplyPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('applications.apply.title'));
  const [form, setForm] = useState<Form>(EMPTY);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [submit, { loading, error, reset }] = useMutation(SubmitApplicationDocument);
  const set = (key: keyof Form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));

  const countries = useMemo(
    () =>
      APPLICATION_COUNTRIES.map((code) => ({ value: code, label: format.country(code) })).sort((a, b) =>
        a.label.localeCompare(b.label, format.locale),
      ),
    [format],
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const optional = (value: string) => value.trim() || undefined;
    const result = await submit({
      variables: {
        input: {
          company: form.company.trim(),
          type: form.type as PartnerType,
          country: form.country,
          city: optional(form.city),
          contactFirstName: form.contactFirstName.trim(),
          contactLastName: form.contactLastName.trim(),
          contactEmail: form.contactEmail.trim(),
          phone: optional(form.phone),
          message: optional(form.message),
          locale: isLocale(i18n.language) ? i18n.language : undefined,
        },
      },
    }).catch(() => null);
    if (result?.data?.submitApplication) {
      setSentTo(form.contactEmail.trim());
      setForm(EMPTY);
    }
  };

  if (sentTo) {
    return (
      <div className="r-auth-card">
        <h1 className="r-auth-card__title">{t('applications.apply.title')}</h1>
        <Alert tone="success" title={t('applications.apply.successTitle')}>
          <p>{t('applications.apply.successBody', { email: sentTo })}</p>
        </Alert>
        <p className="r-auth-card__links">
          <Button
            variant="secondary"
            onClick={() => {
              reset();
              setSentTo(null);
            }}
          >
            {t('applications.apply.another')}
          </Button>
        </p>
      </div>
    );
  }

  const fields = error ? fieldErrors(t, error) : {};
  const optionalText = t('common.optional');
  return (
    <div className="r-auth-card">
      <h1 className="r-auth-card__title">{t('applications.apply.title')}</h1>
      <p className="r-auth-card__intro">{t('applications.apply.intro')}</p>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <fieldset className="r-form portal-fieldset">
          <legend>{t('applications.apply.companySection')}</legend>
          <TextField label={t('fields.company')} autoComplete="organization" required value={form.company} error={fields['company']} onChange={set('company')} />
          <Select
            label={t('fields.type')}
            required
            placeholder=""
            value={form.type}
            error={fields['type']}
            options={PARTNER_TYPES.map((value) => ({ value, label: t(`partners.type.${value}`) }))}
            onChange={set('type')}
          />
          <div className="r-form-row r-form-row--2">
            <Select label={t('fields.country')} required placeholder="" value={form.country} error={fields['country']} options={countries} onChange={set('country')} />
            <TextField label={t('fields.city')} optionalText={optionalText} autoComplete="address-level2" value={form.city} error={fields['city']} onChange={set('city')} />
          </div>
        </fieldset>
        <fieldset className="r-form portal-fieldset">
          <legend>{t('applications.apply.contactSection')}</legend>
          <div className="r-form-row r-form-row--2">
            <TextField label={t('fields.firstName')} autoComplete="given-name" required value={form.contactFirstName} error={fields['contactFirstName']} onChange={set('contactFirstName')} />
            <TextField label={t('fields.lastName')} autoComplete="family-name" required value={form.contactLastName} error={fields['contactLastName']} onChange={set('contactLastName')} />
          </div>
          <TextField label={t('fields.email')} type="email" autoComplete="email" required value={form.contactEmail} error={fields['contactEmail']} onChange={set('contactEmail')} />
          <TextField label={t('fields.phone')} optionalText={optionalText} type="tel" autoComplete="tel" value={form.phone} error={fields['phone']} onChange={set('phone')} />
          <TextAreaField
            label={t('fields.message')}
            optionalText={optionalText}
            hint={t('applications.apply.messageHint')}
            value={form.message}
            error={fields['message']}
            onChange={set('message')}
          />
        </fieldset>
        <Button type="submit" busy={loading} className="r-button--block">
          {loading ? t('applications.apply.submitting') : t('applications.apply.submit')}
        </Button>
      </form>
      <p className="r-auth-card__links">
        <Link to="/sign-in">{t('applications.apply.alreadyPartner')}</Link>
      </p>
    </div>
  );
}

import { Select, TextField, useFormat } from '@relais/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { APPLICATION_COUNTRIES } from '../applications/countries';

export type AddressField = 'recipient' | 'line1' | 'line2' | 'postalCode' | 'city' | 'country' | 'phone';
/** ShippingAddressInput as the form holds it: every field a string, '' for none. */
export type AddressForm = Record<AddressField, string>;

export const EMPTY_ADDRESS: AddressForm = { recipient: '', line1: '', line2: '', postalCode: '', city: '', country: '', phone: '' };

interface ShippingAddressFieldsProps {
  value: AddressForm;
  onChange(value: AddressForm): void;
  /** The API's field errors keyed by path (shippingAddress.postalCode). */
  errors: Record<string, string>;
  remember: boolean;
  onRemember(remember: boolean): void;
}

/** The postal address of the shipped items, with "remember this address". */
export function ShippingAddressFields({ value, onChange, errors, remember, onRemember }: ShippingAddressFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useMemo(() => {
    const codes = new Set<string>(APPLICATION_COUNTRIES);
    if (value.country) codes.add(value.country);
    return [...codes].map((code) => ({ value: code, label: format.country(code) })).sort((a, b) => a.label.localeCompare(b.label, format.locale));
  }, [format, value.country]);
  const field = (name: AddressField) => ({
    id: `shipping-${name}`,
    label: t(`portalRewards.checkout.${name}`),
    value: value[name],
    error: errors[`shippingAddress.${name}`] ?? null,
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [name]: event.target.value }),
  });

  return (
    <fieldset className="rewards-fieldset">
      <legend>{t('portalRewards.checkout.shipping')}</legend>
      <p className="r-field__hint">{t('portalRewards.checkout.shippingHint')}</p>
      {errors['shippingAddress'] ? <p className="r-field__error">{errors['shippingAddress']}</p> : null}
      <TextField {...field('recipient')} required autoComplete="name" />
      <TextField {...field('line1')} required autoComplete="address-line1" />
      <TextField {...field('line2')} optionalText={t('common.optional')} autoComplete="address-line2" />
      <div className="r-form-row r-form-row--2">
        <TextField {...field('postalCode')} required autoComplete="postal-code" />
        <TextField {...field('city')} required autoComplete="address-level2" />
      </div>
      <Select {...field('country')} required placeholder="" options={countries} autoComplete="country" />
      <TextField {...field('phone')} type="tel" optionalText={t('common.optional')} hint={t('portalRewards.checkout.phoneHint')} autoComplete="tel" />
      <label className="r-checkbox">
        <input type="checkbox" checked={remember} onChange={(event) => onRemember(event.target.checked)} />
        {t('portalRewards.checkout.remember')}
      </label>
    </fieldset>
  );
}

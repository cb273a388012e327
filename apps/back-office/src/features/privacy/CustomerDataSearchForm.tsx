import { useQuery } from '@apollo/client/react';
import { BackOfficePartnersDocument, type CustomerDataFilter } from '@relais/graphql-client';
import { Button, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';

const EMPTY = { partnerId: '', from: '', to: '', postalCode: '', commentContains: '', invoiceReference: '' };

/** What the brand knows of the customer who asks; searched on submit, every criterion given must match. */
export function CustomerDataSearchForm({ onSearch, errors, busy }: { onSearch(filter: CustomerDataFilter): void; errors: Record<string, string>; busy: boolean }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`privacy.search.${key}`);
  const [values, setValues] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((current) => ({ ...current, [key]: value }));
  const [partnerSearch, setPartnerSearch] = useState('');
  const debounced = useDebouncedValue(partnerSearch.trim(), 250);
  const partners = useQuery(BackOfficePartnersDocument, { variables: { filter: { search: debounced || undefined }, page: { offset: 0, limit: 20 } } });
  const partnerOptions = (partners.data ?? partners.previousData)?.partners.items.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` })) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filter: CustomerDataFilter = {};
    for (const [key, value] of Object.entries(values) as [keyof typeof EMPTY, string][]) if (value.trim()) filter[key] = value.trim();
    onSearch(filter);
  };

  return (
    <form role="search" aria-label={k('label')} className="bo-filters" onSubmit={submit} noValidate>
      <div className="bo-filters__grid">
        <TextField label={k('postalCode')} value={values.postalCode} autoComplete="off" error={errors['postalCode']} onChange={(e) => set('postalCode')(e.target.value)} />
        <TextField label={k('commentContains')} value={values.commentContains} error={errors['commentContains']} onChange={(e) => set('commentContains')(e.target.value)} />
        <TextField label={k('invoiceReference')} value={values.invoiceReference} error={errors['invoiceReference']} onChange={(e) => set('invoiceReference')(e.target.value)} />
        <TextField label={k('partnerSearch')} type="search" value={partnerSearch} onChange={(e) => setPartnerSearch(e.target.value)} />
        <Select label={k('partner')} placeholder={k('anyPartner')} options={partnerOptions} value={values.partnerId} error={errors['partnerId']} onChange={(e) => set('partnerId')(e.target.value)} />
        <TextField label={k('from')} type="date" value={values.from} max={values.to || undefined} error={errors['from']} onChange={(e) => set('from')(e.target.value)} />
        <TextField label={k('to')} type="date" value={values.to} min={values.from || undefined} error={errors['to']} onChange={(e) => set('to')(e.target.value)} />
      </div>
      <Button type="submit" busy={busy}>
        {k('submit')}
      </Button>
    </form>
  );
}

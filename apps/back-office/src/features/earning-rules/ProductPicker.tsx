import { useQuery } from '@apollo/client/react';
import { BackOfficeProductDocument, BackOfficeProductsDocument } from '@relais/graphql-client';
import { Select, TextField } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';

interface ProductPickerProps {
  label: string;
  value: string;
  onChange(productId: string): void;
  error?: string;
}

/** A search box and the matching products as a select: keyboard- and screen-reader-friendly without a custom combobox. */
export function ProductPicker({ label, value, onChange, error }: ProductPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const { data } = useQuery(BackOfficeProductsDocument, { variables: { filter: { search: debounced || undefined, active: true }, page: { offset: 0, limit: 20 } } });
  const selected = useQuery(BackOfficeProductDocument, { variables: { id: value }, skip: !value });
  const items = data?.products.items ?? [];
  const current = selected.data?.product;
  const options = [
    ...(current && !items.some((p) => p.id === current.id) ? [current] : []),
    ...items,
  ].map((p) => ({ value: p.id, label: `${p.sku} · ${p.name}` }));
  return (
    <div className="bo-picker">
      <TextField
        label={t('backofficePoints.form.productSearch')}
        hint={t('backofficePoints.form.productSearchHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <Select
        label={label}
        options={options}
        placeholder={options.length ? '—' : t('backofficePoints.form.noProductFound')}
        value={value}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** A product's name for a table cell (cached by Apollo, so a list asks once per product). */
export function ProductName({ id }: { id: string }) {
  const { data } = useQuery(BackOfficeProductDocument, { variables: { id } });
  return <>{data ? `${data.product.sku} · ${data.product.name}` : '…'}</>;
}

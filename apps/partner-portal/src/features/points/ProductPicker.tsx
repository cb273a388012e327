import { useQuery } from '@apollo/client/react';
import { PortalProductOptionsDocument } from '@relais/graphql-client';
import { TextField } from '@relais/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickedProduct {
  id: string;
  label: string;
}

interface ProductPickerProps {
  value: PickedProduct | null;
  onChange(product: PickedProduct | null): void;
}

const SEARCH_DELAY_MS = 250;

/**
 * A search box and the list of matching products (active ones only for partners, by the API).
 * A native select keeps it usable with a keyboard and a screen reader without a custom combobox.
 */
export function ProductPicker({ value, onChange }: ProductPickerProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const products = useQuery(PortalProductOptionsDocument, { variables: { search: debounced || null } });
  const items = products.data?.products.items ?? [];
  const options = items.map((p) => ({ id: p.id, label: `${p.name} (${p.sku})` }));
  // The chosen product stays listed even when a new search no longer finds it.
  if (value && !options.some((o) => o.id === value.id)) options.unshift(value);

  return (
    <div className="r-stack">
      <TextField
        label={t('portalPoints.simulate.productSearch')}
        hint={t('portalPoints.simulate.productSearchHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className="r-field">
        <label className="r-field__label" htmlFor={selectId}>
          {t('portalPoints.simulate.product')}
        </label>
        <select
          id={selectId}
          className="r-input r-select"
          required
          value={value?.id ?? ''}
          onChange={(event) => onChange(options.find((o) => o.id === event.target.value) ?? null)}
        >
          <option value="">{options.length ? t('portalPoints.simulate.productChoose') : t('portalPoints.simulate.productNone')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

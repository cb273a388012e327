import { useQuery } from '@apollo/client/react';
import { PortalDeclarationProductDocument, PortalProductOptionsDocument } from '@relais/graphql-client';
import { TextField } from '@relais/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { LineState } from './declaration-form-state';

type Product = NonNullable<LineState['product']>;

interface Props {
  value: Product | null;
  onChange(product: Product | null): void;
  error?: string;
}

const SEARCH_DELAY_MS = 250;

/** A search box and a native select of matching products: usable by keyboard and screen reader without a custom combobox. */
export function LineProductPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const errorId = useId();
  const [search, setSearch] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(search.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const products = useQuery(PortalProductOptionsDocument, { variables: { search: debounced || null } });
  // A line loaded from a saved declaration knows only its product id.
  const chosen = useQuery(PortalDeclarationProductDocument, { variables: { id: value?.id ?? '' }, skip: !value || value.label !== '' });
  const options = (products.data?.products.items ?? []).map((p) => ({ id: p.id, label: `${p.name} (${p.sku})` }));
  if (value && !options.some((o) => o.id === value.id)) {
    const found = chosen.data?.product;
    options.unshift({ id: value.id, label: value.label || (found ? `${found.name} (${found.sku})` : value.id) });
  }

  return (
    <div className="r-stack">
      <TextField
        label={t('portalDeclarations.form.productSearch')}
        hint={t('portalDeclarations.form.productSearchHint')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <div className={['r-field', error ? 'r-field--invalid' : ''].filter(Boolean).join(' ')}>
        <label className="r-field__label" htmlFor={selectId}>
          {t('portalDeclarations.form.product')}
        </label>
        <select
          id={selectId}
          className="r-input r-select"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          value={value?.id ?? ''}
          onChange={(event) => onChange(options.find((o) => o.id === event.target.value) ?? null)}
        >
          <option value="">{options.length ? t('portalDeclarations.form.productChoose') : t('portalDeclarations.form.productNone')}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        {error ? (
          <p className="r-field__error" id={errorId}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

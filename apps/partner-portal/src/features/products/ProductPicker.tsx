import { useQuery } from '@apollo/client/react';
import { PortalDeclarationProductDocument, PortalProductOptionsDocument } from '@relais/graphql-client';
import { TextField } from '@relais/ui';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { productLabel } from './product-label';

/** A product as a form holds it; an empty label means "look it up by id" (a saved declaration's line). */
export interface PickedProduct {
  id: string;
  label: string;
}

interface Props {
  value: PickedProduct | null;
  onChange(product: PickedProduct | null): void;
  error?: string;
  /** The browser's own required check, for forms that do not report their own field errors. */
  required?: boolean;
}

const SEARCH_DELAY_MS = 250;

/**
 * A search box and a native select of matching products (active ones only for partners, by the
 * API): usable by keyboard and screen reader without a custom combobox. Used wherever the portal
 * asks for a product: declaration lines, the points simulator.
 */
export function ProductPicker({ value, onChange, error, required }: Props) {
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
  const options = (products.data?.products.items ?? []).map((p) => ({ id: p.id, label: productLabel(p) }));
  if (value && !options.some((o) => o.id === value.id)) {
    const found = chosen.data?.product;
    options.unshift({ id: value.id, label: value.label || (found ? productLabel(found) : value.id) });
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
          required={required}
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

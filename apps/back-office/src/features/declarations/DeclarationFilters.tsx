import { useQuery } from '@apollo/client/react';
import { BackOfficePartnersDocument } from '@relais/graphql-client';
import { Button, Select, TextField } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';
import type { useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';

export const STATUSES = ['SUBMITTED', 'NEEDS_INFO', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'REVERSED'] as const;
export const FLAGS = ['DUPLICATE_INVOICE', 'DUPLICATE_SERIAL', 'DUPLICATE_PROOF', 'NEAR_DUPLICATE', 'OUTLIER', 'NOT_ELIGIBLE_WINDOW', 'NOT_ELIGIBLE_SEGMENT'] as const;
/** The URL value meaning "every status" (no parameter means the default, SUBMITTED). */
export const ANY = 'ANY';

/** The queue's filters, kept in the URL. */
export function DeclarationFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`backofficeDeclarations.queue.${key}`);
  const [status, setStatus] = useUrlValue(list, 'status');
  const [flag, setFlag] = useUrlValue(list, 'flag');
  const [partner, setPartner] = useUrlValue(list, 'partner');
  const [sort, setSort] = useUrlValue(list, 'sort');
  const [saleFrom, setSaleFrom] = useUrlValue(list, 'from');
  const [saleTo, setSaleTo] = useUrlValue(list, 'to');
  const [minAmount, setMinAmount] = useUrlValue(list, 'min');
  const [maxAmount, setMaxAmount] = useUrlValue(list, 'max');
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const partners = useQuery(BackOfficePartnersDocument, { variables: { filter: { search: debounced || undefined }, page: { offset: 0, limit: 20 } } });
  const partnerOptions = (partners.data ?? partners.previousData)?.partners.items.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` })) ?? [];
  if (partner && !partnerOptions.some((o) => o.value === partner)) partnerOptions.unshift({ value: partner, label: partner });

  return (
    <div role="search" className="bo-filters">
      <div className="bo-filters__grid">
        <Select
          label={k('status')}
          options={[{ value: ANY, label: k('anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`declarations.status.${s}`) }))]}
          value={status || 'SUBMITTED'}
          onChange={(event) => setStatus(event.target.value === 'SUBMITTED' ? '' : event.target.value)}
        />
        <Select
          label={k('flag')}
          placeholder={k('anyFlag')}
          options={FLAGS.map((f) => ({ value: f, label: t(`backofficeDeclarations.flagName.${f}`) }))}
          value={flag}
          onChange={(event) => setFlag(event.target.value)}
        />
        <Select
          label={k('sort')}
          options={[
            { value: 'RISK', label: k('sortRisk') },
            { value: 'NEWEST', label: k('sortNewest') },
          ]}
          value={sort || 'RISK'}
          onChange={(event) => setSort(event.target.value === 'RISK' ? '' : event.target.value)}
        />
      </div>
      <details className="bo-filters__more" open={Boolean(partner || saleFrom || saleTo || minAmount || maxAmount) || undefined}>
        <summary>{t('backoffice.common.filters')}</summary>
        <div className="bo-filters__grid">
          <TextField label={k('partnerSearch')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <Select label={k('partner')} placeholder={k('anyPartner')} options={partnerOptions} value={partner} onChange={(event) => setPartner(event.target.value)} />
          <TextField label={k('saleFrom')} type="date" value={saleFrom} onChange={(event) => setSaleFrom(event.target.value)} />
          <TextField label={k('saleTo')} type="date" value={saleTo} onChange={(event) => setSaleTo(event.target.value)} />
          <TextField label={k('minAmount')} type="number" min={0} inputMode="decimal" value={minAmount} onChange={(event) => setMinAmount(event.target.value)} />
          <TextField label={k('maxAmount')} type="number" min={0} inputMode="decimal" value={maxAmount} onChange={(event) => setMaxAmount(event.target.value)} />
        </div>
      </details>
      <div>
        <Button variant="ghost" size="sm" onClick={() => list.clear()}>
          {k('clear')}
        </Button>
      </div>
    </div>
  );
}

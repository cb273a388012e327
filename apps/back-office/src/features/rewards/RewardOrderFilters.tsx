import { useQuery } from '@apollo/client/react';
import { BackOfficePartnersDocument } from '@relais/graphql-client';
import { Button, Select, TextField } from '@relais/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';
import type { useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';
import { ALL_STATUSES, ORDER_STATUSES } from './orderStatuses';

/** The queue's filters, kept in the URL: status, partner, and a search over references and names. */
export function RewardOrderFilters({ list }: { list: ReturnType<typeof useListParams> }) {
  const { t } = useTranslation();
  const o = (key: string) => t(`backofficeRewards.orders.${key}`);
  const [status, setStatus] = useUrlValue(list, 'status');
  const [partner, setPartner] = useUrlValue(list, 'partner');
  const [search, setSearch] = useState(list.get('search'));
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const { get, update } = list;
  useEffect(() => {
    if (debouncedSearch !== get('search')) update({ search: debouncedSearch || null });
  }, [debouncedSearch, get, update]);

  const [partnerSearch, setPartnerSearch] = useState('');
  const partnerQuery = useDebouncedValue(partnerSearch.trim(), 250);
  const partners = useQuery(BackOfficePartnersDocument, { variables: { filter: { search: partnerQuery || undefined }, page: { offset: 0, limit: 20 } } });
  const partnerOptions = (partners.data ?? partners.previousData)?.partners.items.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` })) ?? [];
  if (partner && !partnerOptions.some((option) => option.value === partner)) partnerOptions.unshift({ value: partner, label: partner });

  return (
    <div role="search" className="bo-filters">
      <div className="bo-filters__grid">
        <TextField label={o('searchLabel')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <Select
          label={o('status')}
          options={[
            { value: '', label: o('openStatuses') },
            { value: ALL_STATUSES, label: o('anyStatus') },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`backofficeRewards.orderStatus.${s}`) })),
          ]}
          value={status}
          hint={status ? undefined : o('openStatusesHint')}
          onChange={(event) => setStatus(event.target.value)}
        />
        <TextField label={o('partnerSearch')} type="search" value={partnerSearch} onChange={(event) => setPartnerSearch(event.target.value)} />
        <Select label={o('partner')} placeholder={o('anyPartner')} options={partnerOptions} value={partner} onChange={(event) => setPartner(event.target.value)} />
      </div>
      <div>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setSearch('');
            list.clear();
          }}
        >
          {o('clear')}
        </Button>
      </div>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { BackOfficeChannelManagersDocument } from '@relais/graphql-client';
import { Button, CheckboxGroup, Select, TextField } from '@relais/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';
import type { useListParams } from '../../lib/useListParams';
import { useUrlValue, useUrlValues } from '../../lib/useUrlValues';
import { personName } from '../common/personName';
import { useOptions } from '../common/useOptions';

interface Props {
  list: ReturnType<typeof useListParams>;
  /** Only brand admins may filter by channel manager (a channel manager sees only their own partners). */
  showChannelManager: boolean;
}

export function PartnerFilters({ list, showChannelManager }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  const [search, setSearch] = useState(list.get('search'));
  const debouncedSearch = useDebouncedValue(search, 300);
  const managers = useQuery(BackOfficeChannelManagersDocument, { skip: !showChannelManager });
  const { get, update } = list;
  const [types, setTypes] = useUrlValues(list, 'type');
  const [potentials, setPotentials] = useUrlValues(list, 'potential');
  const [statuses, setStatuses] = useUrlValues(list, 'status');
  const [country, setCountry] = useUrlValue(list, 'country');
  const [manager, setManager] = useUrlValue(list, 'manager');

  useEffect(() => {
    if (debouncedSearch.trim() !== get('search')) update({ search: debouncedSearch.trim() || null });
  }, [debouncedSearch, get, update]);

  const activeCount = ['type', 'potential', 'status', 'country', 'manager'].filter((key) => list.getAll(key).length > 0).length;

  return (
    <div role="search" className="bo-filters">
      <TextField label={t('backoffice.partners.searchLabel')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
      <details className="bo-filters__more" open={activeCount > 0 || undefined}>
        <summary>
          {t('backoffice.common.filters')}
          {activeCount > 0 ? ` (${activeCount})` : ''}
        </summary>
        <div className="bo-filters__grid">
          <CheckboxGroup
            legend={t('backoffice.partners.filters.types')}
            options={options.partnerTypes}
            value={types}
            onChange={setTypes}
            inline
          />
          <CheckboxGroup
            legend={t('backoffice.partners.filters.potentials')}
            options={options.potentials}
            value={potentials}
            onChange={setPotentials}
            inline
          />
          <CheckboxGroup
            legend={t('backoffice.partners.filters.statuses')}
            options={options.partnerStatuses}
            value={statuses}
            onChange={setStatuses}
            inline
          />
          <Select
            label={t('backoffice.partners.filters.countries')}
            options={options.countries}
            placeholder={t('backoffice.common.all')}
            value={country}
            onChange={(event) => setCountry(event.target.value)}
          />
          {showChannelManager ? (
            <Select
              label={t('backoffice.partners.filters.channelManager')}
              options={(managers.data?.channelManagers ?? []).map((m) => ({ value: m.id, label: personName(m) }))}
              placeholder={t('backoffice.partners.filters.unassigned')}
              value={manager}
              onChange={(event) => setManager(event.target.value)}
            />
          ) : null}
        </div>
        {activeCount > 0 ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setSearch('');
              list.clear();
            }}
          >
            {t('backoffice.common.reset')}
          </Button>
        ) : null}
      </details>
    </div>
  );
}

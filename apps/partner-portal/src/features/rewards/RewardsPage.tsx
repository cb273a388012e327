import './rewards.css';

import { useQuery } from '@apollo/client/react';
import { PortalRewardItemsDocument, type RewardCategory } from '@relais/graphql-client';
import { Alert, Button, EmptyState, errorMessage, LiveRegion, PageHeader, Pagination, Select, Spinner, TextField, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { BalanceLine } from './BalanceLine';
import { RewardCard } from './RewardCard';
import { RewardsActions } from './RewardsActions';
import { useDebounced } from './use-debounced';

const PAGE_SIZE = 24;
export const NEW_SINCE_DAYS = 30;
const CATEGORIES: RewardCategory[] = ['GOODIE', 'GIFT', 'GIFT_CARD', 'EXPERIENCE', 'TRAINING'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** The catalogue: what is open to me, searched and filtered, with my balance to spend. */
export function RewardsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<RewardCategory | ''>('');
  const [affordable, setAffordable] = useState(false);
  const [newOnly, setNewOnly] = useState(false);
  const [offset, setOffset] = useState(0);
  const query = useDebounced(search.trim());
  // "New" is relative to when the page opened, like the API's newSinceDays.
  const [newAfter] = useState(() => Date.now() - NEW_SINCE_DAYS * DAY_MS);
  useDocumentTitle(t('portalRewards.title'));

  const list = useQuery(PortalRewardItemsDocument, {
    variables: {
      filter: {
        search: query || null,
        category: category || null,
        affordable: affordable || null,
        newSinceDays: newOnly ? NEW_SINCE_DAYS : null,
      },
      page: { offset, limit: PAGE_SIZE },
    },
    fetchPolicy: 'cache-and-network',
  });
  // The previous results stay on screen while a new search loads, instead of a flash of spinner.
  const page = (list.data ?? list.previousData)?.rewardItems;
  const filtered = Boolean(query || category || affordable || newOnly);
  const resetPage = () => setOffset(0);

  return (
    <div className="r-stack">
      <PageHeader title={t('portalRewards.title')} intro={t('portalRewards.intro')} actions={<RewardsActions />} />
      <BalanceLine />
      <form role="search" aria-labelledby="rewards-filters-title" className="rewards-filters" onSubmit={(event) => event.preventDefault()}>
        <h2 id="rewards-filters-title" className="r-visually-hidden">
          {t('portalRewards.filters.title')}
        </h2>
        <TextField
          label={t('portalRewards.filters.search')}
          hint={t('portalRewards.filters.searchHint')}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            resetPage();
          }}
        />
        <Select
          label={t('portalRewards.filters.category')}
          placeholder={t('portalRewards.filters.allCategories')}
          options={CATEGORIES.map((value) => ({ value, label: t(`portalRewards.category.${value}`) }))}
          value={category}
          onChange={(event) => {
            setCategory(event.target.value as RewardCategory | '');
            resetPage();
          }}
        />
        <div className="rewards-filters__toggles">
          <label className="r-checkbox">
            <input
              type="checkbox"
              checked={affordable}
              onChange={(event) => {
                setAffordable(event.target.checked);
                resetPage();
              }}
            />
            {t('portalRewards.filters.affordable')}
          </label>
          <label className="r-checkbox">
            <input
              type="checkbox"
              checked={newOnly}
              onChange={(event) => {
                setNewOnly(event.target.checked);
                resetPage();
              }}
            />
            {t('portalRewards.filters.newOnly', { count: NEW_SINCE_DAYS })}
          </label>
        </div>
      </form>
      <LiveRegion message={page && !list.loading ? t('portalRewards.filters.results', { count: page.total }) : null} />
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {!page && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {page ? (
        page.items.length === 0 ? (
          <EmptyState
            title={filtered ? t('portalRewards.list.emptyFiltered') : t('portalRewards.list.empty')}
            action={
              filtered ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSearch('');
                    setCategory('');
                    setAffordable(false);
                    setNewOnly(false);
                    resetPage();
                  }}
                >
                  {t('portalRewards.list.clearFilters')}
                </Button>
              ) : null
            }
          />
        ) : (
          <>
            <ul className="rewards-grid" aria-label={t('portalRewards.list.caption')}>
              {page.items.map((item) => (
                <li key={item.id}>
                  <RewardCard item={item} isNew={new Date(item.createdAt).getTime() >= newAfter} />
                </li>
              ))}
            </ul>
            <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )
      ) : null}
    </div>
  );
}

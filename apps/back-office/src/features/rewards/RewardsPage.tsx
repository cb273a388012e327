import './rewards.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  type BackOfficeRewardItemFragment,
  BackOfficeRewardItemsDocument,
  BackOfficeSegmentsDocument,
  BackOfficeSetRewardItemActiveDocument,
  type RewardCategory,
  type RewardItemFilter,
  useSession,
} from '@relais/graphql-client';
import { Alert, Badge, Button, type Column, errorMessage, LiveRegion, PageHeader, Pagination, Select, Spinner, Table, TextField, useDocumentTitle } from '@relais/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { can } from '../../app/access';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';
import { RestockDialog } from './RestockDialog';
import { CATEGORIES } from './rewardForm';
import { StockText, usePoints, useWindowText } from './rewardParts';

/** The reward catalogue: brand admins edit it, channel managers read it. */
export function RewardsPage() {
  const { t } = useTranslation();
  const c = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.catalogue.${key}`, options ?? {});
  useDocumentTitle(c('title'));
  const points = usePoints();
  const windowText = useWindowText();
  const { user } = useSession();
  const mayWrite = can(user?.role, 'rewards.write');
  const list = useListParams();
  const { get, update } = list;
  const [category, setCategory] = useUrlValue(list, 'category');
  const [activeFilter, setActiveFilter] = useUrlValue(list, 'active');
  const [search, setSearch] = useState(get('search'));
  const debouncedSearch = useDebouncedValue(search, 300);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [restocking, setRestocking] = useState<BackOfficeRewardItemFragment | null>(null);

  useEffect(() => {
    if (debouncedSearch.trim() !== get('search')) update({ search: debouncedSearch.trim() || null });
  }, [debouncedSearch, get, update]);

  const filter = useMemo<RewardItemFilter>(() => {
    const f: RewardItemFilter = {};
    if (get('search')) f.search = get('search');
    if (get('category')) f.category = get('category') as RewardCategory;
    if (get('active')) f.active = get('active') === 'true';
    return f;
  }, [get]);

  const { data, previousData, loading, error, refetch } = useQuery(BackOfficeRewardItemsDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.rewardItems;
  const [setActive] = useMutation(BackOfficeSetRewardItemActiveDocument);
  const segments = useQuery(BackOfficeSegmentsDocument);
  const segmentName = useMemo(() => new Map((segments.data?.segments ?? []).map((s) => [s.id, s.name])), [segments.data]);
  const openTo = (ids: readonly string[] | null | undefined) => (ids?.length ? ids.map((id) => segmentName.get(id) ?? '…').join(', ') : c('everyone'));

  const toggle = async (item: BackOfficeRewardItemFragment) => {
    try {
      await setActive({ variables: { id: item.id, active: !item.active } });
      setNotice(c(item.active ? 'deactivated' : 'reactivated', { title: item.title }));
      // The row may now fall outside an active/inactive filter.
      if (filter.active !== undefined) void refetch();
    } catch (caught) {
      setNotice(errorMessage(t, caught));
    }
  };

  const columns: Column<BackOfficeRewardItemFragment>[] = [
    {
      key: 'title',
      header: c('fields.title'),
      cell: (item) => (
        <div className="bo-reward-title">
          {mayWrite ? <Link to={`/rewards/${item.id}`}>{item.title}</Link> : <span>{item.title}</span>}
          <code>{item.sku}</code>
        </div>
      ),
    },
    { key: 'category', header: c('fields.category'), cell: (item) => t(`backofficeRewards.category.${item.category}`) },
    { key: 'cost', header: c('fields.cost'), align: 'end', cell: (item) => points(item.pointsCost) },
    { key: 'stock', header: c('fields.stock'), align: 'end', cell: (item) => <StockText stock={item.stock ?? null} /> },
    { key: 'openTo', header: c('fields.openTo'), cell: (item) => openTo(item.segmentIds) },
    { key: 'window', header: c('fields.window'), cell: (item) => windowText(item) },
    { key: 'active', header: c('fields.active'), cell: (item) => <Badge tone={item.active ? 'success' : 'neutral'}>{c(item.active ? 'active' : 'inactive')}</Badge> },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            hideHeader: true,
            align: 'end' as const,
            cell: (item: BackOfficeRewardItemFragment) => (
              <div className="r-row-actions">
                {item.stock !== null ? (
                  <Button variant="secondary" size="sm" aria-label={`${c('restock')} – ${item.title}`} onClick={() => setRestocking(item)}>
                    {c('restock')}
                  </Button>
                ) : null}
                <Button variant={item.active ? 'ghost' : 'secondary'} size="sm" aria-label={`${c(item.active ? 'deactivate' : 'reactivate')} – ${item.title}`} onClick={() => void toggle(item)}>
                  {c(item.active ? 'deactivate' : 'reactivate')}
                </Button>
              </div>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={c('title')}
        intro={c('intro')}
        actions={
          mayWrite ? (
            <>
              <Link className="r-button r-button--secondary" to="/rewards/import">
                {c('import')}
              </Link>
              <Link className="r-button r-button--primary" to="/rewards/new">
                {c('create')}
              </Link>
            </>
          ) : null
        }
      />
      <div role="search" className="bo-filters">
        <div className="bo-filters__grid">
          <TextField label={c('searchLabel')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <Select
            label={c('filters.category')}
            options={CATEGORIES.map((value) => ({ value, label: t(`backofficeRewards.category.${value}`) }))}
            placeholder={t('backoffice.common.all')}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          />
          <Select
            label={c('filters.active')}
            options={[
              { value: 'true', label: c('filters.activeOnly') },
              { value: 'false', label: c('filters.inactiveOnly') },
            ]}
            placeholder={t('backoffice.common.all')}
            value={activeFilter}
            onChange={(event) => setActiveFilter(event.target.value)}
          />
        </div>
      </div>
      <LiveRegion message={notice} tone="info" />
      <div className="bo-list-status" aria-live="polite">
        {page ? <p className="bo-total">{c('total', { count: page.total })}</p> : null}
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {page ? (
        <>
          <Table caption={c('tableCaption')} captionHidden columns={columns} rows={page.items} rowKey={(item) => item.id} empty={c('empty')} />
          <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} />
        </>
      ) : null}
      <RestockDialog
        item={restocking}
        onClose={() => setRestocking(null)}
        onDone={(message) => {
          setRestocking(null);
          setNotice(message);
        }}
      />
    </>
  );
}

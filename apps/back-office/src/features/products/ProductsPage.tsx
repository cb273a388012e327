import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeProductCategoriesDocument,
  type BackOfficeProductFragment,
  BackOfficeProductsDocument,
  BackOfficeSegmentsDocument,
  BackOfficeSetProductActiveDocument,
  type ProductFilter,
  useSession,
} from '@relais/graphql-client';
import { Alert, Badge, Button, type Column, errorMessage, LiveRegion, PageHeader, Pagination, Select, Spinner, Table, TextField, useFormat } from '@relais/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { can } from '../../app/access';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';

export function ProductsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const mayWrite = can(user?.role, 'products.write');
  const list = useListParams();
  const { get, update } = list;
  const [category, setCategory] = useUrlValue(list, 'category');
  const [activeFilter, setActiveFilter] = useUrlValue(list, 'active');
  const [search, setSearch] = useState(get('search'));
  const debouncedSearch = useDebouncedValue(search, 300);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);

  useEffect(() => {
    if (debouncedSearch.trim() !== get('search')) update({ search: debouncedSearch.trim() || null });
  }, [debouncedSearch, get, update]);

  const filter = useMemo<ProductFilter>(() => {
    const f: ProductFilter = {};
    if (get('search')) f.search = get('search');
    if (get('category')) f.category = get('category');
    if (get('active')) f.active = get('active') === 'true';
    return f;
  }, [get]);

  const categories = useQuery(BackOfficeProductCategoriesDocument);
  const { data, previousData, loading, error, refetch } = useQuery(BackOfficeProductsDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.products;
  const [setActive] = useMutation(BackOfficeSetProductActiveDocument);

  const toggle = async (product: BackOfficeProductFragment) => {
    try {
      await setActive({ variables: { id: product.id, active: !product.active } });
      setNotice(t(product.active ? 'backoffice.products.deactivated' : 'backoffice.products.reactivated', { name: product.name }));
      // The row may now fall outside an active/inactive filter.
      if (filter.active !== undefined) void refetch();
    } catch (caught) {
      setNotice(errorMessage(t, caught));
    }
  };

  const segments = useQuery(BackOfficeSegmentsDocument);
  const segmentName = useMemo(() => new Map((segments.data?.segments ?? []).map((s) => [s.id, s.name])), [segments.data]);
  const openTo = (ids: readonly string[] | null | undefined) =>
    ids?.length ? ids.map((id) => segmentName.get(id) ?? '…').join(', ') : t('backoffice.products.everyone');

  const columns: Column<BackOfficeProductFragment>[] = [
    { key: 'sku', header: t('backoffice.products.fields.sku'), cell: (p) => <code>{p.sku}</code> },
    { key: 'name', header: t('backoffice.products.fields.name'), cell: (p) => (mayWrite ? <Link to={`/products/${p.id}`}>{p.name}</Link> : p.name) },
    { key: 'category', header: t('backoffice.products.fields.category'), cell: (p) => p.category },
    {
      key: 'active',
      header: t('backoffice.products.fields.active'),
      cell: (p) => <Badge tone={p.active ? 'success' : 'neutral'}>{t(p.active ? 'products.active' : 'products.inactive')}</Badge>,
    },
    { key: 'openTo', header: t('backoffice.products.fields.openTo'), cell: (p) => openTo(p.openToSegmentIds) },
    { key: 'updated', header: t('backoffice.products.fields.updatedAt'), cell: (p) => format.date(p.updatedAt) },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            hideHeader: true,
            align: 'end' as const,
            cell: (p: BackOfficeProductFragment) => (
              <div className="r-row-actions">
                <Button
                  variant={p.active ? 'ghost' : 'secondary'}
                  size="sm"
                  aria-label={`${t(p.active ? 'backoffice.products.deactivate' : 'backoffice.products.reactivate')} – ${p.name}`}
                  onClick={() => void toggle(p)}
                >
                  {t(p.active ? 'backoffice.products.deactivate' : 'backoffice.products.reactivate')}
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
        title={t('backoffice.products.title')}
        actions={
          mayWrite ? (
            <>
              <Link className="r-button r-button--secondary" to="/products/import">
                {t('backoffice.products.import')}
              </Link>
              <Link className="r-button r-button--primary" to="/products/new">
                {t('backoffice.products.create')}
              </Link>
            </>
          ) : null
        }
      />
      <div role="search" className="bo-filters">
        <div className="bo-filters__grid">
          <TextField label={t('backoffice.products.searchLabel')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <Select
            label={t('backoffice.products.filters.category')}
            options={(categories.data?.productCategories ?? []).map((c) => ({ value: c, label: c }))}
            placeholder={t('backoffice.common.all')}
            value={category}
            onChange={(event) => setCategory(event.target.value)}
          />
          <Select
            label={t('backoffice.products.filters.active')}
            options={[
              { value: 'true', label: t('backoffice.products.filters.activeOnly') },
              { value: 'false', label: t('backoffice.products.filters.inactiveOnly') },
            ]}
            placeholder={t('backoffice.common.all')}
            value={activeFilter}
            onChange={(event) => setActiveFilter(event.target.value)}
          />
        </div>
      </div>
      <LiveRegion message={notice} tone="info" />
      <div className="bo-list-status" aria-live="polite">
        {page ? <p className="bo-total">{t('backoffice.products.total', { count: page.total })}</p> : null}
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {page ? (
        <>
          <Table
            caption={t('backoffice.products.tableCaption')}
            captionHidden
            columns={columns}
            rows={page.items}
            rowKey={(p) => p.id}
            empty={t('backoffice.products.empty')}
          />
          <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} />
        </>
      ) : null}
    </>
  );
}

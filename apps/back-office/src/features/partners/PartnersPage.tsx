import { useQuery } from '@apollo/client/react';
import { type BackOfficePartnerFragment, BackOfficePartnersDocument, type PartnerFilter, type PartnerStatus, type PartnerType, type Potential, useSession } from '@relais/graphql-client';
import { Alert, Badge, Button, type Column, errorMessage, PageHeader, Pagination, Spinner, statusTone, Table } from '@relais/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { can } from '../../app/access';
import { countryName } from '../../lib/countries';
import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { personName } from '../common/personName';
import { ExportButton } from '../exports/ExportButton';
import { tierLabel } from '../progression/tier-name';
import { PartnerFilters } from './PartnerFilters';

export function PartnersPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const list = useListParams();
  const isAdmin = user?.role === 'BRAND_ADMIN';

  const filter = useMemo<PartnerFilter>(() => {
    const f: PartnerFilter = {};
    const search = list.get('search');
    if (search) f.search = search;
    const types = list.getAll('type') as PartnerType[];
    if (types.length) f.types = types;
    const potentials = list.getAll('potential') as Potential[];
    if (potentials.length) f.potentials = potentials;
    const statuses = list.getAll('status') as PartnerStatus[];
    if (statuses.length) f.statuses = statuses;
    const country = list.get('country');
    if (country) f.countries = [country];
    const manager = list.get('manager');
    if (manager && isAdmin) f.channelManagerId = manager;
    return f;
  }, [list, isAdmin]);

  const { data, previousData, loading, error, refetch } = useQuery(BackOfficePartnersDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.partners;

  const columns: Column<BackOfficePartnerFragment>[] = [
    { key: 'code', header: t('backoffice.partners.fields.code'), cell: (p) => p.code },
    { key: 'name', header: t('backoffice.partners.fields.name'), cell: (p) => <Link to={`/partners/${p.id}`}>{p.name}</Link> },
    { key: 'type', header: t('backoffice.partners.fields.type'), cell: (p) => t(`partners.type.${p.type}`) },
    { key: 'potential', header: t('backoffice.partners.fields.potential'), cell: (p) => t(`partners.potential.${p.potential}`) },
    {
      key: 'place',
      header: t('backoffice.partners.fields.city'),
      cell: (p) => [p.city, countryName(p.country, i18n.language)].filter(Boolean).join(', '),
    },
    { key: 'status', header: t('backoffice.partners.fields.status'), cell: (p) => <Badge tone={statusTone(p.status)}>{t(`partners.status.${p.status}`)}</Badge> },
    {
      key: 'manager',
      header: t('backoffice.partners.fields.channelManager'),
      cell: (p) => (p.channelManager ? personName(p.channelManager) : t('backoffice.common.notSet')),
    },
    { key: 'stage', header: t('backofficeProgression.partner.stage'), cell: (p) => t(`progression.stage.${p.stage}`) },
    { key: 'tier', header: t('backofficeProgression.partner.tier'), cell: (p) => tierLabel(i18n.language, p.tier, t('backofficeProgression.partner.noTier')) },
    { key: 'users', header: t('backoffice.partners.fields.userCount'), cell: (p) => p.userCount, align: 'end' },
  ];

  return (
    <>
      <PageHeader
        title={t('backoffice.partners.title')}
        actions={
          <>
            <ExportButton kind="partners" params={{ ...filter }} />
            {can(user?.role, 'partners.import') ? (
              <Link className="r-button r-button--secondary" to="/partners/import">
                {t('backoffice.partners.import')}
              </Link>
            ) : null}
            {can(user?.role, 'partners.create') ? (
              <Link className="r-button r-button--primary" to="/partners/new">
                {t('backoffice.partners.create')}
              </Link>
            ) : null}
          </>
        }
      />
      <PartnerFilters list={list} showChannelManager={isAdmin} />
      <div className="bo-list-status" aria-live="polite">
        {page ? <p className="bo-total">{t('backoffice.partners.total', { count: page.total })}</p> : null}
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {error ? (
        <Alert tone="error">
          {errorMessage(t, error)}{' '}
          <Button variant="secondary" size="sm" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : null}
      {page ? (
        <>
          <Table
            caption={t('backoffice.partners.tableCaption')}
            captionHidden
            columns={columns}
            rows={page.items}
            rowKey={(p) => p.id}
            empty={t('backoffice.partners.empty')}
          />
          <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} />
        </>
      ) : null}
    </>
  );
}

import './declarations.css';

import { useQuery } from '@apollo/client/react';
import { type DeclarationStatus, PortalDeclarationsDocument, type PortalDeclarationSummaryFragment, useSession } from '@relais/graphql-client';
import {
  Alert,
  Badge,
  type Column,
  EmptyState,
  errorMessage,
  LiveRegion,
  PageHeader,
  Pagination,
  Select,
  Spinner,
  Table,
  useDocumentTitle,
  useFormat,
} from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { declarationTone } from './status-tone';
import { useSaleLabel } from './use-sale-label';

const PAGE_SIZE = 20;
const STATUSES: DeclarationStatus[] = ['DRAFT', 'SUBMITTED', 'NEEDS_INFO', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'REVERSED', 'WITHDRAWN'];

/** My declarations (a partner admin: the whole team's, as the API scopes them), with a status filter and totals. */
export function DeclarationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const saleLabel = useSaleLabel();
  const { user } = useSession();
  const arrived = (useLocation().state as { status?: string } | null)?.status ?? null;
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<DeclarationStatus | ''>('');
  useDocumentTitle(t('portalDeclarations.title'));
  const list = useQuery(PortalDeclarationsDocument, {
    variables: { filter: status ? { statuses: [status] } : null, page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = list.data?.declarations;

  const columns: Column<PortalDeclarationSummaryFragment>[] = [
    {
      key: 'sale',
      header: t('portalDeclarations.list.sale'),
      cell: (d) => (
        <Link to={`/declarations/${d.id}`} aria-label={t('portalDeclarations.list.openLabel', { date: saleLabel(d) })}>
          {saleLabel(d)}
        </Link>
      ),
    },
    { key: 'declaredBy', header: t('portalDeclarations.list.declaredBy'), cell: (d) => d.declaredByName ?? '' },
    { key: 'amount', header: t('portalDeclarations.list.amount'), align: 'end', cell: (d) => format.currency(d.totalAmount, d.currency) },
    {
      key: 'status',
      header: t('portalDeclarations.list.status'),
      cell: (d) => <Badge tone={declarationTone(d.status)}>{t(`declarations.status.${d.status}`)}</Badge>,
    },
  ];

  return (
    <div className="r-stack">
      <LiveRegion message={arrived} tone="success" />
      <PageHeader
        title={t('portalDeclarations.title')}
        intro={user?.role === 'PARTNER_ADMIN' ? t('portalDeclarations.introTeam') : t('portalDeclarations.intro')}
        actions={
          <>
            <Link className="r-button r-button--primary" to="/declarations/new">
              {t('portalDeclarations.declare')}
            </Link>
            <Link className="r-button r-button--secondary" to="/declarations/import">
              {t('portalDeclarationImports.link')}
            </Link>
          </>
        }
      />
      <div className="declaration-filter">
        <Select
          label={t('portalDeclarations.list.statusFilter')}
          placeholder={t('portalDeclarations.list.allStatuses')}
          options={STATUSES.map((value) => ({ value, label: t(`declarations.status.${value}`) }))}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as DeclarationStatus | '');
            setOffset(0);
          }}
        />
      </div>
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {!page && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {page ? (
        <>
          {page.totals.length > 0 ? (
            <section aria-labelledby="declaration-totals" className="declaration-totals">
              <h2 id="declaration-totals">{t('portalDeclarations.list.totals')}</h2>
              <ul>
                {page.totals.map((total) => (
                  <li key={total.currency}>
                    {t('portalDeclarations.list.totalLine', { count: total.count, amount: format.currency(total.amount, total.currency) })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {page.items.length === 0 ? (
            <EmptyState title={status ? t('portalDeclarations.list.emptyFiltered') : t('portalDeclarations.list.empty')} />
          ) : (
            <Table caption={t('portalDeclarations.list.caption')} captionHidden columns={columns} rows={page.items} rowKey={(d) => d.id} />
          )}
          <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      ) : null}
    </div>
  );
}

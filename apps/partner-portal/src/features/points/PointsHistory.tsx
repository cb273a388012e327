import { useQuery } from '@apollo/client/react';
import { type PortalLedgerEntryFragment, PortalPointsHistoryDocument, type WalletOwnerInput } from '@relais/graphql-client';
import { Alert, Badge, type Column, errorMessage, Pagination, Spinner, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { entrySource } from './entry-text';
import { usePointsText } from './use-points-text';

const PAGE_SIZE = 20;

interface PointsHistoryProps {
  owner: WalletOwnerInput;
  /** Whose wallet, for the table's caption. */
  ownerLabel: string;
}

/** A wallet's entries, newest first: when, what, how many points, from where, and whether they are confirmed yet. */
export function PointsHistory({ owner, ownerLabel }: PointsHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { signed } = usePointsText();
  const [page, setPage] = useState({ key: '', offset: 0 });
  const ownerKey = `${owner.ownerType}:${owner.ownerId}`;
  // Another wallet starts at its first page.
  const offset = page.key === ownerKey ? page.offset : 0;
  const history = useQuery(PortalPointsHistoryDocument, { variables: { owner, page: { offset, limit: PAGE_SIZE } } });
  const data = history.data?.pointsHistory;

  const columns: Column<PortalLedgerEntryFragment>[] = [
    { key: 'date', header: t('portalPoints.history.date'), cell: (entry) => format.dateTime(entry.createdAt) },
    { key: 'kind', header: t('portalPoints.history.kind'), cell: (entry) => t(`portalPoints.kind.${entry.kind}`) },
    {
      key: 'amount',
      header: t('portalPoints.history.amount'),
      align: 'end',
      cell: (entry) => (
        <span className={entry.amount < 0 ? 'points-amount points-amount--debit' : 'points-amount points-amount--credit'}>
          {signed(entry.amount)}
          <span className="r-visually-hidden"> ({t(entry.amount < 0 ? 'portalPoints.history.debit' : 'portalPoints.history.credit')})</span>
        </span>
      ),
    },
    {
      key: 'source',
      header: t('portalPoints.history.source'),
      cell: (entry) => (
        <span className="points-source">
          <span>{entrySource(t, entry)}</span>
          {entry.reason ? <span className="points-source__reason">{t('portalPoints.history.reason', { reason: entry.reason })}</span> : null}
          {entry.shortfall > 0 ? (
            <span className="r-muted">{t('portalPoints.history.shortfall', { formatted: format.number(entry.shortfall) })}</span>
          ) : null}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('portalPoints.history.status'),
      cell: (entry) => (
        <span className="points-source">
          <Badge tone={entry.status === 'PENDING' ? 'info' : 'success'}>{t(`portalPoints.status.${entry.status}`)}</Badge>
          {entry.status === 'PENDING' && entry.confirmAt ? (
            <span className="r-muted">{t('portalPoints.history.availableOn', { date: format.date(entry.confirmAt) })}</span>
          ) : null}
        </span>
      ),
    },
  ];

  if (history.error && !data) return <Alert tone="error">{errorMessage(t, history.error)}</Alert>;
  if (!data) return <Spinner label={t('common.loading')} />;
  return (
    <div className="r-stack" aria-busy={history.loading}>
      <Table
        caption={`${t('portalPoints.history.caption', { owner: ownerLabel })} — ${t('portalPoints.history.loaded', { count: data.total })}`}
        columns={columns}
        rows={data.items}
        rowKey={(entry) => entry.id}
        empty={t('portalPoints.history.empty')}
      />
      <Pagination offset={offset} limit={PAGE_SIZE} total={data.total} onChange={(next) => setPage({ key: ownerKey, offset: next })} />
    </div>
  );
}

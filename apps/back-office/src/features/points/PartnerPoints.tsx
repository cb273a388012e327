import './points.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficePointsHistoryDocument, type BackOfficePointsHistoryQuery, BackOfficeWalletDocument, useSession } from '@relais/graphql-client';
import { Alert, Badge, Button, Card, type Column, errorMessage, LiveRegion, Pagination, Spinner, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { can } from '../../app/access';
import { ExportButton } from '../exports/ExportButton';
import { AdjustPointsDialog } from './AdjustPointsDialog';

const PAGE = 10;
type Entry = BackOfficePointsHistoryQuery['pointsHistory']['items'][number];

/** A partner's wallet on its detail page: balances, history and, for brand admins, manual adjustments. */
export function PartnerPoints({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const [offset, setOffset] = useState(0);
  const [adjusting, setAdjusting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const owner = { ownerType: 'PARTNER' as const, ownerId: partnerId };
  const wallet = useQuery(BackOfficeWalletDocument, { variables: { owner }, fetchPolicy: 'cache-and-network' });
  const history = useQuery(BackOfficePointsHistoryDocument, { variables: { owner, page: { offset, limit: PAGE } }, fetchPolicy: 'cache-and-network' });
  const w = wallet.data?.wallet;
  const page = (history.data ?? history.previousData)?.pointsHistory;
  const w_ = (key: string) => `backofficePoints.wallet.${key}`;

  const columns: Column<Entry>[] = [
    { key: 'date', header: t(w_('date')), cell: (e) => format.dateTime(e.createdAt) },
    { key: 'kind', header: t(w_('kind')), cell: (e) => t(`backofficePoints.wallet.entryKind.${e.kind}`) },
    { key: 'amount', header: t(w_('amount')), align: 'end', cell: (e) => (e.amount > 0 ? '+' : '') + format.number(e.amount) },
    {
      key: 'status',
      header: t(w_('status')),
      cell: (e) => (
        <Badge tone={e.status === 'PENDING' ? 'warning' : 'success'}>{t(`backofficePoints.wallet.statusValue.${e.status}`, { date: format.date(e.confirmAt) })}</Badge>
      ),
    },
    { key: 'details', header: t(w_('details')), cell: (e) => e.reason ?? (e.ruleVersion ? `${e.sourceType} · ${e.ruleVersion}` : e.sourceType) },
  ];

  return (
    <section aria-labelledby="partner-points-title">
      <Card
        title={<span id="partner-points-title">{t(w_('title'))}</span>}
        footer={
          <>
            <ExportButton kind="ledger" params={{ partnerId }} label={t('exports.ledgerButton')} />
            {can(user?.role, 'points.adjust') ? (
              <Button variant="secondary" onClick={() => setAdjusting(true)}>
                {t(w_('adjust'))}
              </Button>
            ) : null}
          </>
        }
      >
        {wallet.error ? <Alert tone="error">{errorMessage(t, wallet.error)}</Alert> : null}
        {w ? (
          <dl className="bo-wallet" data-testid="partner-wallet">
            <div>
              <dt>{t(w_('available'))}</dt>
              <dd data-testid="wallet-available">{format.number(w.available)}</dd>
            </div>
            <div>
              <dt>{t(w_('pending'))}</dt>
              <dd>{format.number(w.pending)}</dd>
            </div>
            <div>
              <dt>{t(w_('expiringSoon'))}</dt>
              <dd>{format.number(w.expiringSoon)}</dd>
            </div>
            <div>
              <dt>{t(w_('lifetimeEarned'))}</dt>
              <dd>{format.number(w.lifetimeEarned)}</dd>
            </div>
          </dl>
        ) : wallet.loading ? (
          <Spinner label={t('common.loading')} />
        ) : null}
        <LiveRegion message={notice} tone="success" />
        <h3>{t(w_('history'))}</h3>
        {history.error ? <Alert tone="error">{errorMessage(t, history.error)}</Alert> : null}
        {page ? (
          <>
            <Table caption={t(w_('historyCaption'))} captionHidden columns={columns} rows={page.items} rowKey={(e) => e.id} empty={t(w_('empty'))} />
            <Pagination offset={offset} limit={PAGE} total={page.total} onChange={setOffset} />
          </>
        ) : null}
      </Card>
      {adjusting ? (
        <AdjustPointsDialog
          partnerId={partnerId}
          onClose={() => setAdjusting(false)}
          onDone={(amount, available) => {
            setAdjusting(false);
            setOffset(0);
            setNotice(t(w_('adjusted'), { amount: (amount > 0 ? '+' : '') + format.number(amount), available: format.number(available) }));
          }}
        />
      ) : null}
    </section>
  );
}

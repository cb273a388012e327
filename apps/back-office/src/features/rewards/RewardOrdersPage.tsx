import './rewards.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeApproveRewardOrdersDocument,
  BackOfficeDeliverRewardOrdersDocument,
  type BackOfficeRewardOrderRowFragment,
  BackOfficeRewardOrdersDocument,
  type RewardOrderFilter,
} from '@relais/graphql-client';
import { Alert, Button, type Column, Dialog, errorMessage, LiveRegion, PageHeader, Pagination, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { ExportButton } from '../exports/ExportButton';
import { statusesOf } from './orderStatuses';
import { RewardOrderFilters } from './RewardOrderFilters';
import { OrderStatusBadge, usePoints } from './rewardParts';
import { useOrdersExport } from './useOrdersExport';

type BulkAction = 'approve' | 'deliver';
/** The status an order must have for each bulk action. */
const BULK_FROM: Record<BulkAction, BackOfficeRewardOrderRowFragment['status']> = { approve: 'REQUESTED', deliver: 'SHIPPED' };

/** The fulfilment queue: the orders the signed-in brand user may handle (the API scopes them), newest first. */
export function RewardOrdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const points = usePoints();
  const o = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.orders.${key}`, options ?? {});
  useDocumentTitle(o('title'));
  const list = useListParams();

  const statuses = useMemo(() => statusesOf(list.get('status')), [list]);
  const filter = useMemo<RewardOrderFilter>(
    () => ({ statuses: statuses.length ? statuses : undefined, partnerId: list.get('partner') || undefined, search: list.get('search') || undefined }),
    [list, statuses],
  );
  const { data, previousData, loading, error, refetch } = useQuery(BackOfficeRewardOrdersDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.rewardOrders;
  const rows = page?.items ?? [];

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<BulkAction | null>(null);
  const [status, setStatus] = useState('');
  const [approve, approval] = useMutation(BackOfficeApproveRewardOrdersDocument);
  const [deliver, delivery] = useMutation(BackOfficeDeliverRewardOrdersDocument);
  const exporter = useOrdersExport();

  const selectable = rows.filter((r) => r.status === 'REQUESTED' || r.status === 'SHIPPED');
  const chosen = (action: BulkAction) => selectable.filter((r) => selected.has(r.id) && r.status === BULK_FROM[action]).map((r) => r.id);
  const toApprove = chosen('approve');
  const toDeliver = chosen('deliver');
  const allChosen = selectable.length > 0 && selectable.every((r) => selected.has(r.id));

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const runBulk = async (action: BulkAction) => {
    setStatus('');
    const ids = action === 'approve' ? toApprove : toDeliver;
    try {
      const done =
        action === 'approve'
          ? ((await approve({ variables: { ids } })).data?.approveRewardOrders.length ?? 0)
          : ((await deliver({ variables: { ids } })).data?.deliverRewardOrders.length ?? 0);
      const skipped = ids.length - done;
      setStatus([o(action === 'approve' ? 'approved' : 'delivered', { count: done }), skipped > 0 ? o('skipped', { count: skipped }) : ''].filter(Boolean).join(' '));
      setSelected(new Set());
      setConfirming(null);
      await refetch();
    } catch {
      setConfirming(null);
    }
  };

  const exportCsv = () => void exporter.run({ statuses, partnerId: filter.partnerId ?? undefined });

  const columns: Column<BackOfficeRewardOrderRowFragment>[] = [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          className="bo-reward-check"
          aria-label={o('selectAll')}
          checked={allChosen}
          disabled={!selectable.length}
          onChange={(event) => setSelected(new Set(event.target.checked ? selectable.map((r) => r.id) : []))}
        />
      ),
      cell: (order) =>
        order.status === 'REQUESTED' || order.status === 'SHIPPED' ? (
          <input
            type="checkbox"
            className="bo-reward-check"
            aria-label={o('select', { reference: order.reference })}
            checked={selected.has(order.id)}
            onChange={(event) => toggle(order.id, event.target.checked)}
          />
        ) : null,
    },
    { key: 'reference', header: o('fields.reference'), cell: (order) => <Link to={`/reward-orders/${order.id}`}>{order.reference}</Link> },
    { key: 'createdAt', header: o('fields.createdAt'), cell: (order) => <time dateTime={order.createdAt}>{format.dateTime(order.createdAt)}</time> },
    {
      key: 'partner',
      header: o('fields.partner'),
      cell: (order) => (
        <>
          {order.partner.name}
          {order.orderedByName ? <span className="bo-reward-sub">{order.orderedByName}</span> : null}
        </>
      ),
    },
    {
      key: 'items',
      header: o('fields.items'),
      cell: (order) => (
        <ul className="bo-reward-items">
          {order.lines.map((line) => (
            <li key={line.id}>{o('itemLine', { quantity: format.number(line.quantity), title: line.item.title })}</li>
          ))}
        </ul>
      ),
    },
    { key: 'points', header: o('fields.points'), align: 'end', cell: (order) => points(order.totalPoints) },
    { key: 'status', header: o('fields.status'), cell: (order) => <OrderStatusBadge status={order.status} /> },
    { key: 'tracking', header: o('fields.tracking'), cell: (order) => (order.trackingNumber ? `${order.carrier ?? ''} ${order.trackingNumber}`.trim() : '—') },
  ];

  const bulkError = approval.error ?? delivery.error;
  return (
    <>
      <PageHeader
        title={o('title')}
        intro={o('intro')}
        actions={
          <>
            <Button variant="secondary" busy={exporter.busy} onClick={exportCsv}>
              {exporter.busy ? o('exporting') : o('export')}
            </Button>
            <ExportButton kind="orders" params={{ ...filter }} label={t('exports.ordersButton')} />
            <Link className="r-button r-button--secondary" to="/reward-orders/import-tracking">
              {o('importTracking')}
            </Link>
          </>
        }
      />
      <RewardOrderFilters list={list} />
      <div className="bo-list-status" aria-live="polite">
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
        {page ? <p className="bo-total">{o('total', { count: page.total })}</p> : null}
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {bulkError ? <Alert tone="error">{errorMessage(t, bulkError)}</Alert> : null}
      {exporter.error ? <Alert tone="error">{errorMessage(t, exporter.error)}</Alert> : null}
      <LiveRegion message={status || (exporter.done ? o(filter.search ? 'exportedWithoutSearch' : 'exported') : null)} tone="success" />
      <div className="bo-reward-bulk">
        <Button disabled={!toApprove.length} onClick={() => setConfirming('approve')}>
          {o('approveSelected', { count: toApprove.length })}
        </Button>
        <Button variant="secondary" disabled={!toDeliver.length} onClick={() => setConfirming('deliver')}>
          {o('deliverSelected', { count: toDeliver.length })}
        </Button>
      </div>
      <Table caption={o('caption')} captionHidden columns={columns} rows={rows} rowKey={(order) => order.id} empty={page ? o('empty') : undefined} />
      {page ? <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} /> : null}
      <Dialog
        open={confirming !== null}
        title={o(confirming === 'deliver' ? 'confirmDeliverTitle' : 'confirmApproveTitle')}
        onClose={() => setConfirming(null)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button busy={approval.loading || delivery.loading} onClick={() => void runBulk(confirming ?? 'approve')}>
              {confirming === 'deliver' ? o('deliverSelected', { count: toDeliver.length }) : o('approveSelected', { count: toApprove.length })}
            </Button>
          </>
        }
      >
        <p>{confirming === 'deliver' ? o('confirmDeliverBody', { count: toDeliver.length }) : o('confirmApproveBody', { count: toApprove.length })}</p>
      </Dialog>
    </>
  );
}

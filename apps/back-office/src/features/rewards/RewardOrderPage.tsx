import './rewards.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeApproveRewardOrdersDocument, BackOfficeDeliverRewardOrdersDocument, type BackOfficeRewardOrderDetailFragment, BackOfficeRewardOrderDocument } from '@relais/graphql-client';
import { Alert, Button, Card, type Column, errorMessage, LiveRegion, PageHeader, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { OrderReasonDialog, ShipDialog } from './OrderDialogs';
import { OrderStatusBadge, usePoints } from './rewardParts';

type Line = BackOfficeRewardOrderDetailFragment['lines'][number];
type DialogName = 'reject' | 'cancel' | 'ship';

/** One reward order: its lines, where it goes, its shipment, its history and the next steps its status allows. */
export function RewardOrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const points = usePoints();
  const d = (key: string, options?: Record<string, unknown>) => t(`backofficeRewards.order.${key}`, options ?? {});
  const { data, loading, error, refetch } = useQuery(BackOfficeRewardOrderDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const order = data?.rewardOrder;
  useDocumentTitle(order ? d('title', { reference: order.reference }) : t('backofficeRewards.orders.title'));
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [approve, approval] = useMutation(BackOfficeApproveRewardOrdersDocument);
  const [deliver, delivery] = useMutation(BackOfficeDeliverRewardOrdersDocument);

  if (loading && !order) return <Spinner label={t('common.loading')} />;
  if (error && !order) return <Alert tone="error">{errorMessage(t, error)}</Alert>;
  if (!order) return null;

  const done = async (message: string) => {
    setDialog(null);
    setStatus(message);
    await refetch();
  };
  const step = async (action: 'approve' | 'deliver') => {
    setStatus('');
    try {
      if (action === 'approve') await approve({ variables: { ids: [order.id] } });
      else await deliver({ variables: { ids: [order.id] } });
      await done(d(action === 'approve' ? 'approved' : 'delivered'));
    } catch {
      // shown from the mutation's error
    }
  };

  const s = order.status;
  const mutationError = approval.error ?? delivery.error;
  const columns: Column<Line>[] = [
    {
      key: 'item',
      header: d('item'),
      cell: (line) => (
        <div className="bo-reward-title">
          <span>{line.item.title}</span>
          <code>{line.item.sku}</code>
        </div>
      ),
    },
    { key: 'quantity', header: d('quantity'), align: 'end', cell: (line) => format.number(line.quantity) },
    { key: 'each', header: d('pointsEach'), align: 'end', cell: (line) => points(line.pointsEach) },
    { key: 'points', header: d('points'), align: 'end', cell: (line) => points(line.points) },
  ];
  const address = order.shippingAddress;

  return (
    <>
      <p className="bo-back">
        <Link to="/reward-orders">
          <span aria-hidden="true">‹ </span>
          {d('back')}
        </Link>
      </p>
      <PageHeader
        title={d('title', { reference: order.reference })}
        actions={
          <div className="bo-reward-actions">
            {s === 'REQUESTED' ? (
              <Button busy={approval.loading} onClick={() => void step('approve')}>
                {d('approve')}
              </Button>
            ) : null}
            {s === 'APPROVED' ? <Button onClick={() => setDialog('ship')}>{d('ship')}</Button> : null}
            {s === 'SHIPPED' ? (
              <Button busy={delivery.loading} onClick={() => void step('deliver')}>
                {d('deliver')}
              </Button>
            ) : null}
            {s === 'REQUESTED' || s === 'APPROVED' ? (
              <Button variant="danger" onClick={() => setDialog('reject')}>
                {d('reject')}
              </Button>
            ) : null}
            {s === 'REQUESTED' || s === 'APPROVED' || s === 'SHIPPED' ? (
              <Button variant="secondary" onClick={() => setDialog('cancel')}>
                {d('cancel')}
              </Button>
            ) : null}
          </div>
        }
      />
      <LiveRegion message={status} tone="success" />
      {mutationError ? <Alert tone="error">{errorMessage(t, mutationError)}</Alert> : null}
      <div className="bo-detail-grid">
        <div className="r-stack">
          <Card title={d('summary')}>
            <dl className="r-dl">
              <dt>{d('status')}</dt>
              <dd>
                <OrderStatusBadge status={order.status} />
              </dd>
              <dt>{d('partner')}</dt>
              <dd>
                <Link to={`/partners/${order.partner.id}`}>
                  {order.partner.code} · {order.partner.name}
                </Link>
              </dd>
              <dt>{d('orderedBy')}</dt>
              <dd>{order.orderedByName ?? '—'}</dd>
              <dt>{d('createdAt')}</dt>
              <dd>
                <time dateTime={order.createdAt}>{format.dateTime(order.createdAt)}</time>
              </dd>
              <dt>{d('totalPoints')}</dt>
              <dd>{points(order.totalPoints)}</dd>
              {order.refundedPoints > 0 ? (
                <>
                  <dt>{d('refunded')}</dt>
                  <dd>{points(order.refundedPoints)}</dd>
                </>
              ) : null}
              {order.rejectReason ? (
                <>
                  <dt>{d('rejectReason')}</dt>
                  <dd className="bo-message">{order.rejectReason}</dd>
                </>
              ) : null}
            </dl>
          </Card>
          <Card title={d('lines')}>
            <Table caption={d('linesCaption')} captionHidden columns={columns} rows={order.lines} rowKey={(line) => line.id} />
          </Card>
          <Card title={d('delivery')}>
            <div className="r-stack">
              {address ? (
                <div>
                  <h3 className="bo-reward-subtitle">{d('address')}</h3>
                  <address className="bo-reward-address">
                    {address.recipient}
                    <br />
                    {address.line1}
                    {address.line2 ? (
                      <>
                        <br />
                        {address.line2}
                      </>
                    ) : null}
                    <br />
                    {address.postalCode} {address.city}
                    <br />
                    {format.country(address.country)}
                    {address.phone ? (
                      <>
                        <br />
                        {d('phone', { phone: address.phone })}
                      </>
                    ) : null}
                  </address>
                </div>
              ) : null}
              {order.deliveryEmail ? (
                <div>
                  <h3 className="bo-reward-subtitle">{d('email')}</h3>
                  <p className="bo-message">{order.deliveryEmail}</p>
                </div>
              ) : null}
              {!address && !order.deliveryEmail ? <p className="r-muted">{d('noDelivery')}</p> : null}
            </div>
          </Card>
          {order.trackingNumber || order.carrier ? (
            <Card title={d('shipment')}>
              <dl className="r-dl">
                <dt>{d('carrier')}</dt>
                <dd>{order.carrier ?? '—'}</dd>
                <dt>{d('trackingNumber')}</dt>
                <dd>
                  <code>{order.trackingNumber ?? '—'}</code>
                </dd>
                {order.trackingUrl ? (
                  <>
                    <dt>{d('trackingUrl')}</dt>
                    <dd>
                      <a href={order.trackingUrl} target="_blank" rel="noreferrer noopener">
                        {d('openTracking')}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
            </Card>
          ) : null}
        </div>
        <Card title={d('timeline')}>
          <ol className="bo-reward-timeline">
            {order.events.map((event) => (
              <li key={event.id}>
                <strong>{t(`backofficeRewards.orderStatus.${event.status}`)}</strong>
                {' · '}
                <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
                {' · '}
                {event.authorName ?? d('system')}
                {event.message ? <p className="bo-message">{event.message}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
      </div>
      <OrderReasonDialog key={`reject-${order.status}`} action="reject" order={order} open={dialog === 'reject'} onClose={() => setDialog(null)} onDone={(m) => void done(m)} />
      <OrderReasonDialog key={`cancel-${order.status}`} action="cancel" order={order} open={dialog === 'cancel'} onClose={() => setDialog(null)} onDone={(m) => void done(m)} />
      <ShipDialog key={`ship-${order.status}`} order={order} open={dialog === 'ship'} onClose={() => setDialog(null)} onDone={(m) => void done(m)} />
    </>
  );
}

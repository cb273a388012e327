import type { PortalRewardOrderFragment } from '@relais/graphql-client';
import { Badge, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { usePointsText } from '../points/use-points-text';
import { CancelOrderButton } from './CancelOrderButton';
import { orderTone } from './status-tone';

interface RewardOrderCardProps {
  order: PortalRewardOrderFragment;
  /** Whose name to show: a partner admin sees the team's orders. */
  showOrderer: boolean;
  canCancel: boolean;
  onDone(message: string): void;
}

/** One order: reference, status, items, total, and what happened to it (tracking, refund, reason). */
export function RewardOrderCard({ order, showOrderer, canCancel, onDone }: RewardOrderCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { points } = usePointsText();
  const headingId = `order-${order.id}`;
  const placed =
    showOrderer && order.orderedByName
      ? t('portalRewards.orders.placedBy', { name: order.orderedByName, date: format.dateTime(order.createdAt) })
      : t('portalRewards.orders.placedOn', { date: format.dateTime(order.createdAt) });
  const address = order.shippingAddress;

  return (
    <article className="r-card rewards-order" aria-labelledby={headingId} data-testid="reward-order">
      <div className="rewards-order__head">
        <h2 id={headingId} className="r-card__title">
          {t('portalRewards.orders.reference', { reference: order.reference })}
        </h2>
        <Badge tone={orderTone(order.status)}>{t(`portalRewards.status.${order.status}`)}</Badge>
      </div>
      <p className="r-muted">{placed}</p>
      <h3 className="r-visually-hidden">{t('portalRewards.orders.lines')}</h3>
      <ul className="rewards-order__lines">
        {order.lines.map((line) => (
          <li key={line.id}>
            <span>{t('portalRewards.orders.lineText', { quantity: line.quantity, title: line.item.title })}</span>
            <span className="rewards-order__points">{points(line.points)}</span>
          </li>
        ))}
      </ul>
      <dl className="r-dl">
        <dt>{t('portalRewards.orders.total')}</dt>
        <dd className="rewards-order__points">{points(order.totalPoints)}</dd>
        {order.refundedPoints > 0 ? (
          <>
            <dt>{t('portalRewards.orders.refunded')}</dt>
            <dd className="rewards-order__refund">{t('portalRewards.orders.refundedText', { points: points(order.refundedPoints) })}</dd>
          </>
        ) : null}
        {order.rejectReason ? (
          <>
            <dt>{t('portalRewards.orders.rejectReason')}</dt>
            <dd>{order.rejectReason}</dd>
          </>
        ) : null}
        {order.carrier ? (
          <>
            <dt>{t('portalRewards.orders.carrier')}</dt>
            <dd>{order.carrier}</dd>
          </>
        ) : null}
        {order.trackingNumber ? (
          <>
            <dt>{t('portalRewards.orders.tracking')}</dt>
            <dd>
              <span className="rewards-order__tracking">{order.trackingNumber}</span>
              {order.trackingUrl && /^https?:\/\//i.test(order.trackingUrl) ? (
                <>
                  {' '}
                  <a href={order.trackingUrl} target="_blank" rel="noopener noreferrer">
                    {t('portalRewards.orders.trackLink')}
                  </a>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {address ? (
          <>
            <dt>{t('portalRewards.orders.shippedTo')}</dt>
            <dd>
              {[address.recipient, address.line1, address.line2, `${address.postalCode} ${address.city}`, format.country(address.country)].filter(Boolean).join(', ')}
            </dd>
          </>
        ) : null}
        {order.deliveryEmail ? (
          <>
            <dt>{t('portalRewards.delivery.DIGITAL')}</dt>
            <dd>{t('portalRewards.orders.emailTo', { email: order.deliveryEmail })}</dd>
          </>
        ) : null}
      </dl>
      {canCancel && order.status === 'REQUESTED' ? <CancelOrderButton order={order} onDone={onDone} /> : null}
    </article>
  );
}

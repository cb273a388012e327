import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
import { WebhooksService } from '../webhooks/webhooks.service';
import type { RewardOrderStatus } from './reward.enums';
import { RewardOrder } from './reward-order.entity';

type NotifiedStatus = Exclude<RewardOrderStatus, 'REQUESTED'>;

const KINDS: Record<NotifiedStatus, NotificationKind> = {
  APPROVED: 'REWARD_ORDER_APPROVED',
  REJECTED: 'REWARD_ORDER_REJECTED',
  SHIPPED: 'REWARD_ORDER_SHIPPED',
  DELIVERED: 'REWARD_ORDER_DELIVERED',
  CANCELLED: 'REWARD_ORDER_CANCELLED',
};

const TEMPLATES: Record<NotifiedStatus, string> = {
  APPROVED: 'rewardOrderApproved',
  REJECTED: 'rewardOrderRejected',
  SHIPPED: 'rewardOrderShipped',
  DELIVERED: 'rewardOrderDelivered',
  CANCELLED: 'rewardOrderCancelled',
};

/** What ORDER_PLACED and ORDER_STATUS_CHANGED tell integrators (docs/integration-api.md). */
async function orderPayload(manager: EntityManager, orderId: string): Promise<Record<string, unknown>> {
  const [order]: Record<string, unknown>[] = await manager.query(
    `SELECT o.id AS "orderId", o.reference, o.partner_id AS "partnerId", o.ordered_by_id AS "orderedById", o.status, o.total_points AS "totalPoints",
            o.carrier, o.tracking_number AS "trackingNumber", o.updated_at AS "updatedAt",
            (SELECT coalesce(jsonb_agg(jsonb_build_object('itemId', l.item_id, 'quantity', l.quantity, 'pointsEach', l.points_each) ORDER BY l.position), '[]')
               FROM reward_order_lines l WHERE l.order_id = o.id) AS lines
       FROM reward_orders o WHERE o.id = $1`,
    [orderId],
  );
  return order ?? { orderId };
}

/**
 * Tells the orderer of each status change: in the app, and by e-mail in their language through the
 * outbox, both in the change's transaction so a change rolled back tells no one.
 */
@Injectable()
export class RewardOrderNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly webhooks: WebhooksService,
  ) {}

  /** Tells integrators of a new order (ORDER_PLACED), in the placement's transaction. */
  async placed(manager: EntityManager, orderId: string): Promise<void> {
    await this.webhooks.enqueue(manager, 'ORDER_PLACED', await orderPayload(manager, orderId));
  }

  async statusChanged(manager: EntityManager, order: RewardOrder, message: string | null): Promise<void> {
    if (order.status === 'REQUESTED') return;
    await this.webhooks.enqueue(manager, 'ORDER_STATUS_CHANGED', await orderPayload(manager, order.id));
    const status = order.status;
    const user = await manager.getRepository(User).findOneBy({ id: order.orderedById });
    if (!user) return;
    const path = `/rewards/orders/${order.id}`;
    const paragraphs = ['body', ...(status === 'SHIPPED' ? ['tracking'] : []), ...(message ? ['message'] : [])];
    // The e-mail goes through notify(), which sends it only to orderers who keep this kind's e-mails on.
    await this.notifications.notify(manager, {
      userIds: [user.id],
      kind: KINDS[status],
      params: { reference: order.reference, points: order.refundedPoints, ...(order.trackingNumber ? { trackingNumber: order.trackingNumber } : {}) },
      link: path,
      email: {
        template: TEMPLATES[status],
        paragraphs,
        params: (locale) => ({
          reference: order.reference,
          points: new Intl.NumberFormat(locale).format(order.refundedPoints),
          carrier: order.carrier ?? '',
          trackingNumber: order.trackingNumber ?? '',
          message: message ?? '',
        }),
      },
    });
  }
}

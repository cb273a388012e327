import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../users/user.entity';
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

/**
 * Tells the orderer of each status change: in the app, and by e-mail in their language through the
 * outbox, both in the change's transaction so a change rolled back tells no one.
 */
@Injectable()
export class RewardOrderNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async statusChanged(manager: EntityManager, order: RewardOrder, message: string | null): Promise<void> {
    if (order.status === 'REQUESTED') return;
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

import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { MailService } from '../../core/mail/mail.service';
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
  constructor(
    private readonly mail: MailService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async statusChanged(manager: EntityManager, order: RewardOrder, message: string | null): Promise<void> {
    if (order.status === 'REQUESTED') return;
    const status = order.status;
    const user = await manager.getRepository(User).findOneBy({ id: order.orderedById });
    if (!user) return;
    const path = `/rewards/orders/${order.id}`;
    await this.notifications.notify(manager, {
      userIds: [user.id],
      kind: KINDS[status],
      params: { reference: order.reference, points: order.refundedPoints, ...(order.trackingNumber ? { trackingNumber: order.trackingNumber } : {}) },
      link: path,
    });
    if (user.status === 'DEACTIVATED') return;
    const paragraphs = ['body', ...(status === 'SHIPPED' ? ['tracking'] : []), ...(message ? ['message'] : [])];
    await this.mail.enqueue(manager, user.email, {
      locale: user.locale,
      template: TEMPLATES[status],
      paragraphs,
      params: {
        reference: order.reference,
        points: new Intl.NumberFormat(user.locale).format(order.refundedPoints),
        carrier: order.carrier ?? '',
        trackingNumber: order.trackingNumber ?? '',
        message: message ?? '',
      },
      recipientName: user.firstName,
      link: `${this.config.PORTAL_URL.replace(/\/$/, '')}${path}`,
    });
  }
}

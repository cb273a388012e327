import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { SourceRef } from '../ledger/ledger.types';
import { RewardItem } from './reward-item.entity';
import { RewardOrderEvent } from './reward-order-event.entity';
import { RewardOrderLine } from './reward-order-line.entity';
import { RewardOrderNotifier } from './reward-order-notifier';

export interface FreeOrderInput {
  itemId: string;
  /** Who receives it: the order is theirs, as if they had placed it. */
  userId: string;
  partnerId: string;
  /** What earned it (e.g. a badge award); the order keeps it. */
  source: SourceRef;
  /** One order per key and user, whatever the number of calls. */
  idempotencyKey: string;
}

/**
 * Orders a catalogue item at no cost on behalf of a feature (a badge's goodie). It follows the
 * lifecycle of a placed order (REQUESTED, stock taken, fulfilled by the brand) but takes no points.
 */
@Injectable()
export class FreeRewardOrdersService {
  private readonly logger = new Logger(FreeRewardOrdersService.name);

  constructor(private readonly notifier: RewardOrderNotifier) {}

  /**
   * In the caller's transaction. Answers the order's id, the same one when called again, or null
   * when the item cannot be ordered now (inactive, outside its dates, out of stock): an award must
   * not fail because the goodie ran out, so that case is logged for the brand to act on.
   */
  async placeFree(manager: EntityManager, input: FreeOrderInput): Promise<string | null> {
    const [earlier]: { id: string }[] = await manager.query('SELECT id FROM reward_orders WHERE ordered_by_id = $1 AND idempotency_key = $2', [
      input.userId,
      input.idempotencyKey,
    ]);
    if (earlier) return earlier.id;
    const item = await manager.getRepository(RewardItem).findOneBy({ id: input.itemId });
    const now = new Date();
    if (!item || !item.active || (item.availableFrom && item.availableFrom > now) || (item.availableTo && item.availableTo <= now)) {
      this.logger.warn({ itemId: input.itemId, source: input.source }, 'Free reward not ordered: the item is not available');
      return null;
    }
    const [, taken] = await manager.query<[unknown[], number]>('UPDATE reward_items SET stock = stock - 1 WHERE id = $1 AND (stock IS NULL OR stock >= 1)', [
      item.id,
    ]);
    if (taken !== 1) {
      this.logger.warn({ itemId: item.id, source: input.source }, 'Free reward not ordered: out of stock');
      return null;
    }
    const [{ number }]: { number: string }[] = await manager.query(`SELECT nextval('reward_order_number_seq') AS number`);
    // The orderer's remembered address or e-mail, so the brand can ship or send it like any order.
    const [order]: { id: string }[] = await manager.query(
      `INSERT INTO reward_orders (reference, partner_id, ordered_by_id, idempotency_key, status, total_points, shipping_address, delivery_email, source_type, source_id)
       SELECT $1, $2, u.id, $3, 'REQUESTED', 0,
              CASE WHEN $4 = 'SHIPPED' THEN (SELECT address FROM reward_shipping_addresses WHERE user_id = u.id) END,
              CASE WHEN $4 = 'DIGITAL' THEN u.email END, $5, $6
         FROM users u WHERE u.id = $7
       RETURNING id`,
      [`R-${now.getUTCFullYear()}-${number.padStart(6, '0')}`, input.partnerId, input.idempotencyKey, item.delivery, input.source.type, input.source.id, input.userId],
    );
    await manager.getRepository(RewardOrderLine).insert({ orderId: order.id, itemId: item.id, position: 0, quantity: 1, pointsEach: 0 });
    await manager.getRepository(RewardOrderEvent).insert({ orderId: order.id, status: 'REQUESTED', authorId: null, message: null });
    await this.notifier.placed(manager, order.id);
    this.logger.log({ orderId: order.id, itemId: item.id, userId: input.userId, source: input.source }, 'Free reward ordered');
    return order.id;
  }
}

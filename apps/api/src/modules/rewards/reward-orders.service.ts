import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/database/pg-errors';
import { foldedSql, searchPattern } from '../../core/database/text-search';
import { DomainError, forbidden } from '../../core/errors/domain-error';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { LedgerService } from '../ledger/ledger.service';
import { PlaceOrderInput, RewardOrderFilter, ShipOrderInput } from './dto/reward-order.input';
import type { RewardOrderStatus } from './reward.enums';
import { RewardCatalogueService } from './reward-catalogue.service';
import { RewardItem } from './reward-item.entity';
import { RewardOrder, ShippingAddress } from './reward-order.entity';
import { RewardOrderEvent } from './reward-order-event.entity';
import { RewardOrderLine } from './reward-order-line.entity';
import { RewardOrderNotifier } from './reward-order-notifier';
import { RewardErrors } from './rewards.errors';
import { RewardShippingAddress } from './shipping-address.entity';

export const MAX_IDS_PER_CALL = 100;

interface Transition {
  from: readonly RewardOrderStatus[];
  to: RewardOrderStatus;
  refund?: boolean;
  message?: string | null;
  changes?: Partial<Pick<RewardOrder, 'carrier' | 'trackingNumber' | 'trackingUrl' | 'rejectReason'>>;
}

const isOrderable = (item: RewardItem, now: Date) =>
  item.active && (!item.availableFrom || item.availableFrom <= now) && (!item.availableTo || item.availableTo > now);

/**
 * Redemption: placing an order takes the points and the stock in one transaction; a refund (cancel,
 * reject) gives both back exactly once, under a lock on the order row.
 */
@Injectable()
export class RewardOrdersService {
  private readonly logger = new Logger(RewardOrdersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly catalogue: RewardCatalogueService,
    private readonly notifier: RewardOrderNotifier,
  ) {}

  /**
   * Orders the actor may see, alias `o`: a partner admin their partner's, a member their own, a
   * channel manager those of their partners, a brand admin all.
   */
  scoped(manager: EntityManager, actor: Actor): SelectQueryBuilder<RewardOrder> {
    const query = manager.getRepository(RewardOrder).createQueryBuilder('o');
    if (isPartnerRole(actor.role)) {
      query.where('o.partner_id = :scopePartnerId', { scopePartnerId: actor.partnerId });
      if (actor.role === 'PARTNER_MEMBER') query.andWhere('o.ordered_by_id = :scopeUserId', { scopeUserId: actor.userId });
    } else if (actor.role === 'CHANNEL_MANAGER') {
      query.where('o.partner_id IN (SELECT sp.id FROM partners sp WHERE sp.channel_manager_id = :scopeManagerId)', { scopeManagerId: actor.userId });
    } else {
      query.where('true');
    }
    return query;
  }

  async list(actor: Actor, filter: RewardOrderFilter = {}, page?: PageInput | null): Promise<{ items: RewardOrder[]; total: number }> {
    const { offset, limit } = pageOf(page);
    const query = this.filtered(this.scoped(this.dataSource.manager, actor), filter);
    const [items, total] = await query.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'DESC').offset(offset).limit(limit).getManyAndCount();
    return { items, total };
  }

  filtered(query: SelectQueryBuilder<RewardOrder>, filter: RewardOrderFilter): SelectQueryBuilder<RewardOrder> {
    if (filter.statuses?.length) query.andWhere('o.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.partnerId) query.andWhere('o.partner_id = :partnerId', { partnerId: filter.partnerId });
    if (filter.search?.trim()) {
      query.andWhere(
        `(${foldedSql('o.reference')} LIKE :search
          OR EXISTS (SELECT 1 FROM partners fp WHERE fp.id = o.partner_id AND (${foldedSql('fp.name')} LIKE :search OR ${foldedSql('fp.code')} LIKE :search))
          OR EXISTS (SELECT 1 FROM users fu WHERE fu.id = o.ordered_by_id AND ${foldedSql("fu.first_name || ' ' || fu.last_name")} LIKE :search))`,
        { search: searchPattern(filter.search) },
      );
    }
    return query;
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<RewardOrder> {
    const order = isUuid(id) ? await this.scoped(manager, actor).andWhere('o.id = :id', { id }).getOne() : null;
    if (!order) throw RewardErrors.orderNotFound();
    return order;
  }

  async myShippingAddress(actor: Actor): Promise<ShippingAddress | null> {
    const row = await this.dataSource.getRepository(RewardShippingAddress).findOneBy({ userId: actor.userId });
    return row?.address ?? null;
  }

  async place(actor: Actor, input: PlaceOrderInput): Promise<RewardOrder> {
    if (!isPartnerRole(actor.role) || !actor.partnerId) throw forbidden('FORBIDDEN_ROLE');
    const key = input.idempotencyKey;
    const earlier = await this.dataSource.getRepository(RewardOrder).findOneBy({ orderedById: actor.userId, idempotencyKey: key });
    if (earlier) return earlier;
    try {
      const id = await this.dataSource.transaction((manager) => this.placeIn(manager, actor, input));
      return await this.dataSource.getRepository(RewardOrder).findOneByOrFail({ id });
    } catch (error) {
      // The same key placed meanwhile by a concurrent request (a double click): that order is the answer.
      if (isUniqueViolation(error)) {
        const winner = await this.dataSource.getRepository(RewardOrder).findOneBy({ orderedById: actor.userId, idempotencyKey: key });
        if (winner) return winner;
      }
      throw error;
    }
  }

  private async placeIn(manager: EntityManager, actor: Actor, input: PlaceOrderInput): Promise<string> {
    const partnerId = actor.partnerId as string;
    const itemIds = input.lines.map((l) => l.itemId);
    itemIds.forEach((id, index) => {
      if (itemIds.indexOf(id) !== index) throw RewardErrors.lineDuplicate(index);
    });
    const items = new Map((await manager.getRepository(RewardItem).findBy({ id: In(itemIds) })).map((i) => [i.id, i]));
    const segmentIds = await this.catalogue.segmentIdsOf(itemIds, manager);
    const memberOf = new Set(segmentIds.some((ids) => ids.length > 0) ? await this.catalogue.memberSegmentIds(partnerId, manager) : []);
    const now = new Date();
    input.lines.forEach((line, index) => {
      const item = items.get(line.itemId);
      const open = segmentIds[index].length === 0 || segmentIds[index].some((id) => memberOf.has(id));
      // An item closed to the partner is one they cannot see: not found, not "unavailable".
      if (!item || !open) throw RewardErrors.lineItemNotFound(index);
      if (!isOrderable(item, now)) throw RewardErrors.lineUnavailable(index);
    });
    const lines = input.lines.map((line) => ({ ...line, item: items.get(line.itemId) as RewardItem }));
    if (lines.some((l) => l.item.delivery === 'SHIPPED') && !input.shippingAddress) throw RewardErrors.addressRequired();
    if (lines.some((l) => l.item.delivery === 'DIGITAL') && !input.deliveryEmail) throw RewardErrors.emailRequired();
    const totalPoints = lines.reduce((sum, l) => sum + l.quantity * l.item.pointsCost, 0);

    const [{ number }]: { number: string }[] = await manager.query(`SELECT nextval('reward_order_number_seq') AS number`);
    const reference = `R-${now.getUTCFullYear()}-${number.padStart(6, '0')}`;
    const address: ShippingAddress | null = input.shippingAddress ? { ...input.shippingAddress } : null;
    const hasShipped = lines.some((l) => l.item.delivery === 'SHIPPED');
    const hasDigital = lines.some((l) => l.item.delivery === 'DIGITAL');
    // The (orderer, key) unique index makes a concurrent twin wait here, then fail: place() answers with this order.
    const order = await manager.getRepository(RewardOrder).save(
      manager.getRepository(RewardOrder).create({
        reference,
        partnerId,
        orderedById: actor.userId,
        idempotencyKey: input.idempotencyKey,
        status: 'REQUESTED',
        totalPoints,
        shippingAddress: hasShipped ? address : null,
        deliveryEmail: hasDigital ? (input.deliveryEmail ?? null) : null,
      }),
    );
    // Stock first (items in one order across requests, so two orders of the same items wait instead of
    // deadlocking), then the wallet: every placement takes its locks in that order.
    const byItem = lines.map((line, index) => ({ line, index })).sort((a, b) => (a.line.itemId < b.line.itemId ? -1 : 1));
    for (const { line, index } of byItem) {
      if (line.item.stock === null) continue;
      const [, count] = await manager.query<[unknown[], number]>(
        'UPDATE reward_items SET stock = stock - $2 WHERE id = $1 AND stock IS NOT NULL AND stock >= $2',
        [line.itemId, line.quantity],
      );
      if (count !== 1) throw RewardErrors.outOfStock(index);
    }
    // The debit locks the orderer's wallet: one user's orders run one after the other from here, so the limits below count them all.
    try {
      await this.ledger.debit(manager, {
        account: { ownerType: 'USER', ownerId: actor.userId },
        amount: totalPoints,
        kind: 'REDEMPTION',
        source: { type: 'REWARD_ORDER', id: order.id },
        idempotencyKey: `redemption:${actor.userId}:${input.idempotencyKey}`,
        authorId: actor.userId,
      });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INSUFFICIENT_POINTS') throw RewardErrors.insufficientPoints();
      throw error;
    }
    const used = await this.catalogue.usedThisPeriod(manager, actor.userId, itemIds);
    lines.forEach((line, index) => {
      if (line.item.limitPerUser !== null && (used.get(line.itemId) ?? 0) + line.quantity > line.item.limitPerUser) throw RewardErrors.limitReached(index);
    });
    await manager.getRepository(RewardOrderLine).insert(
      lines.map((line, position) => ({ orderId: order.id, itemId: line.itemId, position, quantity: line.quantity, pointsEach: line.item.pointsCost })),
    );
    await manager.getRepository(RewardOrderEvent).insert({ orderId: order.id, status: 'REQUESTED', authorId: actor.userId, message: null });
    if (input.rememberAddress && address) {
      await manager.query(
        `INSERT INTO reward_shipping_addresses (user_id, address) VALUES ($1, $2::jsonb)
         ON CONFLICT (user_id) DO UPDATE SET address = EXCLUDED.address, updated_at = now()`,
        [actor.userId, JSON.stringify(address)],
      );
    }
    await this.notifier.placed(manager, order.id);
    this.logger.log({ orderId: order.id, reference, by: actor.userId, totalPoints }, 'Reward order placed');
    return order.id;
  }

  /** The orderer or their partner admin, while the brand has not acted on it. */
  cancel(actor: Actor, id: string): Promise<RewardOrder> {
    if (!isPartnerRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    return this.transition(actor, id, { from: ['REQUESTED'], to: 'CANCELLED', refund: true });
  }

  async approve(actor: Actor, ids: string[]): Promise<RewardOrder[]> {
    return this.each(actor, ids, { from: ['REQUESTED'], to: 'APPROVED' });
  }

  reject(actor: Actor, id: string, reason: string): Promise<RewardOrder> {
    return this.transition(actor, id, { from: ['REQUESTED', 'APPROVED'], to: 'REJECTED', refund: true, message: reason, changes: { rejectReason: reason } });
  }

  ship(actor: Actor, id: string, input: ShipOrderInput): Promise<RewardOrder> {
    return this.transition(actor, id, this.shipping(input));
  }

  shipping(input: ShipOrderInput): Transition {
    return { from: ['APPROVED'], to: 'SHIPPED', changes: { carrier: input.carrier, trackingNumber: input.trackingNumber, trackingUrl: input.trackingUrl ?? null } };
  }

  deliver(actor: Actor, ids: string[]): Promise<RewardOrder[]> {
    return this.each(actor, ids, { from: ['SHIPPED'], to: 'DELIVERED' });
  }

  cancelAsBrand(actor: Actor, id: string, reason: string): Promise<RewardOrder> {
    return this.transition(actor, id, { from: ['REQUESTED', 'APPROVED', 'SHIPPED'], to: 'CANCELLED', refund: true, message: reason, changes: { rejectReason: reason } });
  }

  /** A bulk action is all or nothing: one order that cannot move leaves every one as it was. */
  private async each(actor: Actor, ids: string[], transition: Transition): Promise<RewardOrder[]> {
    if (ids.length > MAX_IDS_PER_CALL) throw RewardErrors.tooManyIds();
    const unique = [...new Set(ids)].sort();
    await this.dataSource.transaction(async (manager) => {
      for (const id of unique) await this.transitionIn(manager, actor, id, transition);
    });
    const orders = await this.dataSource.getRepository(RewardOrder).findBy({ id: In(unique) });
    const byId = new Map(orders.map((o) => [o.id, o]));
    return [...new Set(ids)].map((id) => byId.get(id) as RewardOrder);
  }

  private async transition(actor: Actor, id: string, transition: Transition): Promise<RewardOrder> {
    return this.dataSource.transaction((manager) => this.transitionIn(manager, actor, id, transition));
  }

  /**
   * Moves one order under a lock on its row: a repeated or concurrent request waits, then finds the
   * order already moved and answers it unchanged, so a refund is paid once.
   */
  async transitionIn(manager: EntityManager, actor: Actor, id: string, transition: Transition): Promise<RewardOrder> {
    const order = isUuid(id) ? await this.scoped(manager, actor).andWhere('o.id = :id', { id }).setLock('pessimistic_write', undefined, ['o']).getOne() : null;
    if (!order) throw RewardErrors.orderNotFound();
    if (order.status === transition.to) return order;
    if (!transition.from.includes(order.status)) throw RewardErrors.statusConflict(order.status);
    if (transition.refund) await this.refund(manager, actor, order);
    Object.assign(order, transition.changes ?? {}, { status: transition.to });
    const saved = await manager.getRepository(RewardOrder).save(order);
    await manager.getRepository(RewardOrderEvent).insert({ orderId: order.id, status: transition.to, authorId: actor.userId, message: transition.message ?? null });
    await this.notifier.statusChanged(manager, saved, transition.message ?? null);
    this.logger.log({ orderId: order.id, status: transition.to, by: actor.userId }, 'Reward order moved');
    return saved;
  }

  /** Points back to the orderer's wallet (the key makes a second credit impossible) and units back to stock. */
  private async refund(manager: EntityManager, actor: Actor, order: RewardOrder): Promise<void> {
    if (order.refundedPoints > 0) return;
    // A free order (a badge's goodie) took no points: only its stock goes back.
    if (order.totalPoints > 0) {
      await this.ledger.credit(manager, {
        account: { ownerType: 'USER', ownerId: order.orderedById },
        amount: order.totalPoints,
        kind: 'REDEMPTION_REFUND',
        source: { type: 'REWARD_ORDER', id: order.id },
        idempotencyKey: `order-refund:${order.id}`,
        authorId: actor.userId,
      });
    }
    order.refundedPoints = order.totalPoints;
    const lines = await manager.getRepository(RewardOrderLine).find({ where: { orderId: order.id }, order: { itemId: 'ASC' } });
    for (const line of lines) {
      await manager.query('UPDATE reward_items SET stock = stock + $2 WHERE id = $1 AND stock IS NOT NULL', [line.itemId, line.quantity]);
    }
  }
}

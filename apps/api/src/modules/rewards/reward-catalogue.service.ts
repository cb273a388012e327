import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager, In, Not, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUniqueViolation } from '../../core/database/pg-errors';
import { foldedSql, searchPattern } from '../../core/database/text-search';
import { invalidField } from '../../core/errors/domain-error';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { LedgerService } from '../ledger/ledger.service';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { RewardItemFilter, RewardItemInput } from './dto/reward-item.input';
import { RewardItem } from './reward-item.entity';
import { RewardItemSegment } from './reward-item-segment.entity';
import { RewardErrors } from './rewards.errors';

/**
 * SQL start of an item's limit period (alias `i`), so "used this period" is counted in one query.
 * Periods follow the calendar of the database's time zone.
 */
export const PERIOD_START_SQL = `CASE i.limit_period WHEN 'MONTH' THEN date_trunc('month', now()) WHEN 'QUARTER' THEN date_trunc('quarter', now())
  WHEN 'YEAR' THEN date_trunc('year', now()) ELSE '-infinity'::timestamptz END`;

/** SQL of what is orderable now, for items aliased `i`. */
export const ORDERABLE_NOW_SQL = 'i.active AND (i.available_from IS NULL OR i.available_from <= now()) AND (i.available_to IS NULL OR i.available_to > now())';

/**
 * The reward catalogue: brand admins manage it; partner users see the active items of the current
 * window open to their partner (an item without segments is open to all). Availability by tier
 * is not checked: tiers do not exist yet (issue 5 adds them, and the check belongs in openTo).
 */
@Injectable()
export class RewardCatalogueService {
  private readonly logger = new Logger(RewardCatalogueService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
    private readonly ledger: LedgerService,
  ) {}

  /** Of the segments items are open to, those holding the partner. */
  async memberSegmentIds(partnerId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { segment_id: string }[] = await manager.query('SELECT DISTINCT segment_id FROM reward_item_segments ORDER BY segment_id');
    const ids: string[] = [];
    for (const { segment_id: id } of rows) if (await this.segments.isMember(partnerId, id, manager)) ids.push(id);
    return ids;
  }

  /** Items the actor may see, alias `i`. */
  async visible(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<SelectQueryBuilder<RewardItem>> {
    const query = manager.getRepository(RewardItem).createQueryBuilder('i');
    if (!isPartnerRole(actor.role)) return query.where('true');
    const segmentIds = await this.memberSegmentIds(actor.partnerId as string, manager);
    return query
      .where(ORDERABLE_NOW_SQL)
      .andWhere(
        `(NOT EXISTS (SELECT 1 FROM reward_item_segments s WHERE s.item_id = i.id)
          OR EXISTS (SELECT 1 FROM reward_item_segments s WHERE s.item_id = i.id AND s.segment_id = ANY(:memberSegmentIds::uuid[])))`,
        { memberSegmentIds: segmentIds },
      );
  }

  async list(actor: Actor, filter: RewardItemFilter = {}, page?: PageInput | null): Promise<{ items: RewardItem[]; total: number }> {
    const { offset, limit } = pageOf(page);
    const query = await this.visible(actor);
    if (filter.search?.trim()) {
      query.andWhere(`(${foldedSql('i.sku')} LIKE :search OR ${foldedSql('i.title_fr')} LIKE :search OR ${foldedSql('i.title_en')} LIKE :search)`, {
        search: searchPattern(filter.search),
      });
    }
    if (filter.category) query.andWhere('i.category = :category', { category: filter.category });
    if (filter.newSinceDays) query.andWhere('i.created_at >= now() - make_interval(days => :days)', { days: filter.newSinceDays });
    if (isPartnerRole(actor.role)) {
      if (filter.affordable !== undefined && filter.affordable !== null) {
        const { available } = await this.ledger.balance(this.dataSource.manager, { ownerType: 'USER', ownerId: actor.userId });
        query.andWhere(filter.affordable ? 'i.points_cost <= :available' : 'i.points_cost > :available', { available });
      }
    } else if (filter.active !== undefined && filter.active !== null) {
      query.andWhere('i.active = :active', { active: filter.active });
    }
    const [items, total] = await query.orderBy('i.created_at', 'DESC').addOrderBy('i.id').offset(offset).limit(limit).getManyAndCount();
    return { items, total };
  }

  async get(actor: Actor, id: string): Promise<RewardItem> {
    const item = isUuid(id) ? await (await this.visible(actor)).andWhere('i.id = :id', { id }).getOne() : null;
    if (!item) throw RewardErrors.itemNotFound();
    return item;
  }

  /** Items by id in the order asked, whatever their state (for orders that already name them). */
  async byIds(ids: readonly string[]): Promise<RewardItem[]> {
    const items = await this.dataSource.getRepository(RewardItem).findBy({ id: In([...ids]) });
    const byId = new Map(items.map((i) => [i.id, i]));
    return ids.map((id) => byId.get(id) as RewardItem);
  }

  async segmentIdsOf(itemIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[][]> {
    const rows = await manager.getRepository(RewardItemSegment).find({ where: { itemId: In([...itemIds]) }, order: { segmentId: 'ASC' } });
    return itemIds.map((id) => rows.filter((r) => r.itemId === id).map((r) => r.segmentId));
  }

  /** Units of each item the user ordered in the item's current limit period (refused and cancelled orders do not count). */
  async usedThisPeriod(manager: EntityManager, userId: string, itemIds: readonly string[]): Promise<Map<string, number>> {
    const rows: { item_id: string; used: number }[] = await manager.query(
      `SELECT l.item_id, sum(l.quantity)::int AS used
       FROM reward_order_lines l JOIN reward_orders o ON o.id = l.order_id JOIN reward_items i ON i.id = l.item_id
       WHERE o.ordered_by_id = $1 AND l.item_id = ANY($2::uuid[]) AND o.status NOT IN ('REJECTED', 'CANCELLED')
         AND o.created_at >= ${PERIOD_START_SQL}
       GROUP BY l.item_id`,
      [userId, [...itemIds]],
    );
    return new Map(rows.map((r) => [r.item_id, r.used]));
  }

  async create(actor: Actor, input: RewardItemInput): Promise<RewardItem> {
    return this.save(actor, null, input);
  }

  async update(actor: Actor, id: string, input: RewardItemInput): Promise<RewardItem> {
    const item = await this.get(actor, id);
    return this.save(actor, item, input);
  }

  async setActive(actor: Actor, id: string, active: boolean): Promise<RewardItem> {
    const item = await this.get(actor, id);
    if (item.active === active) return item;
    item.active = active;
    this.logger.log({ itemId: id, active, by: actor.userId }, 'Reward item availability changed');
    return this.dataSource.getRepository(RewardItem).save(item);
  }

  /** Adds units in one conditional statement, so a restock and orders running at once add up. */
  async restock(actor: Actor, id: string, quantity: number): Promise<RewardItem> {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) throw RewardErrors.restockInvalid();
    const item = await this.get(actor, id);
    if (item.stock === null) throw RewardErrors.restockUnlimited();
    await this.dataSource.query('UPDATE reward_items SET stock = stock + $2, updated_at = now() WHERE id = $1 AND stock IS NOT NULL', [id, quantity]);
    this.logger.log({ itemId: id, quantity, by: actor.userId }, 'Reward item restocked');
    return this.get(actor, id);
  }

  /** The rules every item obeys, whether from the form or a file. */
  static fieldsOf(input: RewardItemInput): Omit<RewardItem, 'id' | 'active' | 'createdAt' | 'updatedAt'> {
    if (input.availableFrom && input.availableTo && input.availableTo <= input.availableFrom) throw RewardErrors.windowInvalid();
    const limitPerUser = input.limitPerUser ?? null;
    return {
      sku: input.sku,
      titleFr: input.titleFr,
      titleEn: input.titleEn,
      descriptionFr: input.descriptionFr,
      descriptionEn: input.descriptionEn,
      imageUrls: input.imageUrls,
      category: input.category,
      delivery: input.delivery,
      pointsCost: input.pointsCost,
      stock: input.stock ?? null,
      limitPerUser,
      limitPeriod: limitPerUser === null ? null : (input.limitPeriod ?? 'EVER'),
      availableFrom: input.availableFrom ?? null,
      availableTo: input.availableTo ?? null,
    };
  }

  /** Replaces the item's segments; unknown ids answer a field error (caller's transaction). */
  async setSegments(manager: EntityManager, itemId: string, segmentIds: string[]): Promise<void> {
    const ids = [...new Set(segmentIds)];
    const found = ids.length ? await manager.getRepository(Segment).countBy({ id: In(ids) }) : 0;
    if (found !== ids.length) throw invalidField('SEGMENT_NOT_FOUND', 'segmentIds', 'exists');
    await manager.getRepository(RewardItemSegment).delete({ itemId });
    if (ids.length) await manager.getRepository(RewardItemSegment).insert(ids.map((segmentId) => ({ itemId, segmentId })));
  }

  private async save(actor: Actor, existing: RewardItem | null, input: RewardItemInput): Promise<RewardItem> {
    const fields = RewardCatalogueService.fieldsOf(input);
    try {
      const item = await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(RewardItem);
        if (await repository.exists({ where: { sku: fields.sku, ...(existing ? { id: Not(existing.id) } : {}) } })) throw RewardErrors.skuTaken();
        const saved = await repository.save(existing ? Object.assign(existing, fields) : repository.create({ ...fields, active: true }));
        await this.setSegments(manager, saved.id, input.segmentIds);
        return saved;
      });
      this.logger.log({ itemId: item.id, sku: item.sku, by: actor.userId }, existing ? 'Reward item updated' : 'Reward item created');
      return item;
    } catch (error) {
      if (isUniqueViolation(error)) throw RewardErrors.skuTaken();
      throw error;
    }
  }
}

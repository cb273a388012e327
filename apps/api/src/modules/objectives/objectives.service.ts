import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_NUDGE_PERCENT, isPartnerRole, objectiveStatus, remainingOf, utcDay } from '@relais/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { MetricsService } from '../activity/metrics.service';
import { MetricFilterService } from '../badges/metric-filter.service';
import { PartnersService } from '../partners/partners.service';
import { SegmentsService } from '../segments/segments.service';
import { UsersService } from '../users/users.service';
import { ObjectiveFields, ObjectiveFilter, ObjectiveInput, SegmentObjectivesInput } from './dto/objective.input';
import { ObjectivePageType, ObjectiveType } from './dto/objective.type';
import { Objective } from './objective.entity';
import { ObjectiveProgress } from './objective-progress';
import { ObjectiveSettings } from './objective-settings.entity';
import { ObjectiveErrors } from './objectives.errors';

export type NewObjective = Omit<Objective, 'id' | 'createdAt' | 'reachedAt' | 'nudgedAt' | 'partner' | 'user'>;

/**
 * Objectives: brand admins set them for any partner, channel managers for theirs. Partner users
 * read their partner's objectives; a member sees the partner's and their own, a partner admin also
 * every member's (they lead the team).
 */
@Injectable()
export class ObjectivesService {
  private readonly logger = new Logger(ObjectivesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly progress: ObjectiveProgress,
    private readonly metrics: MetricsService,
    private readonly filters: MetricFilterService,
    private readonly partners: PartnersService,
    private readonly segments: SegmentsService,
    private readonly users: UsersService,
  ) {}

  scoped(actor: Actor, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Objective> {
    const query = manager.getRepository(Objective).createQueryBuilder('o').leftJoinAndSelect('o.partner', 'op').leftJoinAndSelect('o.user', 'ou');
    if (isPartnerRole(actor.role)) {
      query.where('o.partner_id = :scopePartnerId', { scopePartnerId: actor.partnerId });
      if (actor.role === 'PARTNER_MEMBER') query.andWhere("(o.scope = 'PARTNER' OR o.user_id = :scopeUserId)", { scopeUserId: actor.userId });
    } else if (actor.role === 'CHANNEL_MANAGER') {
      query.where('op.channel_manager_id = :scopeManagerId', { scopeManagerId: actor.userId });
    }
    return query;
  }

  async list(actor: Actor, filter: ObjectiveFilter = {}, page?: PageInput | null): Promise<ObjectivePageType> {
    const { offset, limit } = pageOf(page);
    const query = this.scoped(actor);
    if (filter.partnerId) query.andWhere('o.partner_id = :partnerId', { partnerId: filter.partnerId });
    const today = utcDay(new Date());
    if (filter.status === 'REACHED') query.andWhere('o.reached_at IS NOT NULL');
    if (filter.status === 'UPCOMING') query.andWhere('o.reached_at IS NULL AND o.start_day > :today', { today });
    if (filter.status === 'ACTIVE') query.andWhere('o.reached_at IS NULL AND :today BETWEEN o.start_day AND o.end_day', { today });
    if (filter.status === 'MISSED') query.andWhere('o.reached_at IS NULL AND o.end_day < :today', { today });
    const [rows, total] = await query.orderBy('o.end_day', 'ASC').addOrderBy('o.created_at', 'DESC').addOrderBy('o.id').skip(offset).take(limit).getManyAndCount();
    return { items: await this.toTypes(rows), total };
  }

  async get(actor: Actor, id: string): Promise<ObjectiveType> {
    const row = isUuid(id) ? await this.scoped(actor).andWhere('o.id = :id', { id }).getOne() : null;
    if (!row) throw ObjectiveErrors.notFound();
    return (await this.toTypes([row]))[0];
  }

  async create(actor: Actor, input: ObjectiveInput): Promise<ObjectiveType> {
    const id = await this.dataSource.transaction(async (manager) => {
      const owner = await this.ownerOf(manager, actor, input);
      const fields = await this.fieldsOf(actor, input);
      const [row] = await this.insert(manager, [{ ...fields, ...owner, createdById: actor.userId }]);
      return row;
    });
    this.logger.log({ objectiveId: id, by: actor.userId }, 'Objective created');
    return this.get(actor, id);
  }

  /** One objective per partner of the segment within the caller's scope, all in one transaction. */
  async createForSegment(actor: Actor, input: SegmentObjectivesInput): Promise<number> {
    const fields = await this.fieldsOf(actor, input);
    const created = await this.dataSource.transaction(async (manager) => {
      const segment = await this.segments.find(input.segmentId, manager);
      const members = this.segments.partnerIdsQuery(segment.criteria, manager);
      if (actor.role === 'CHANNEL_MANAGER') members.andWhere('seg_p.channel_manager_id = :managerId', { managerId: actor.userId });
      const partnerIds = (await members.getRawMany<{ seg_p_id: string }>()).map((r) => r.seg_p_id);
      if (partnerIds.length === 0) throw ObjectiveErrors.segmentEmpty();
      const rows = partnerIds.map((partnerId) => ({ ...fields, scope: 'PARTNER' as const, partnerId, userId: null, createdById: actor.userId }));
      return (await this.insert(manager, rows)).length;
    });
    this.logger.log({ segmentId: input.segmentId, created, by: actor.userId }, 'Objectives created for a segment');
    return created;
  }

  async insert(manager: EntityManager, rows: NewObjective[]): Promise<string[]> {
    if (rows.length === 0) return [];
    // Products of a filter get buckets of their own from now on (their past filled in), or progress would read 0.
    const productSets = new Map(rows.filter((r) => r.filter?.productIds).map((r) => [JSON.stringify(r.filter), r.filter]));
    for (const filter of productSets.values()) await this.metrics.track(manager, filter);
    const result = await manager.getRepository(Objective).insert(rows);
    return result.identifiers.map((i) => i.id as string);
  }

  /** The metric, filter, target, days and points, checked; the owner is the caller's to add. */
  async fieldsOf(actor: Actor, input: ObjectiveFields): Promise<Pick<NewObjective, 'metric' | 'filter' | 'target' | 'startDay' | 'endDay' | 'points'>> {
    if (input.endDay < input.startDay) throw ObjectiveErrors.endBeforeStart();
    const filter = await this.filters.check(actor, input);
    return { metric: input.metric, filter, target: input.target, startDay: input.startDay, endDay: input.endDay, points: input.points };
  }

  /** A partner in the caller's scope, or a partner user whose partner is; anything else is not found. */
  async ownerOf(manager: EntityManager, actor: Actor, input: { partnerId?: string | null; userId?: string | null }): Promise<Pick<NewObjective, 'scope' | 'partnerId' | 'userId'>> {
    if (input.partnerId && input.userId) throw ObjectiveErrors.ownerBoth();
    if (input.userId) {
      const user = isUuid(input.userId) ? await this.users.findById(manager, input.userId) : null;
      const inScope = user?.partnerId ? await this.partners.scopedQuery(actor, manager).andWhere('p.id = :id', { id: user.partnerId }).getExists() : false;
      if (!user?.partnerId || !inScope) throw ObjectiveErrors.userNotFound();
      return { scope: 'USER', partnerId: user.partnerId, userId: user.id };
    }
    if (!input.partnerId) throw ObjectiveErrors.ownerRequired();
    const inScope = isUuid(input.partnerId) && (await this.partners.scopedQuery(actor, manager).andWhere('p.id = :id', { id: input.partnerId }).getExists());
    if (!inScope) throw ObjectiveErrors.partnerNotFound();
    return { scope: 'PARTNER', partnerId: input.partnerId, userId: null };
  }

  async toTypes(rows: Objective[]): Promise<ObjectiveType[]> {
    const values = await this.progress.of(this.dataSource.manager, rows);
    const today = utcDay(new Date());
    return rows.map((o) => {
      const value = values.get(o.id) ?? 0;
      return {
        ...o,
        partnerName: o.partner?.name ?? '',
        userName: o.user ? `${o.user.firstName} ${o.user.lastName}` : null,
        category: o.filter?.category ?? null,
        productIds: o.filter?.productIds ? [...o.filter.productIds] : null,
        status: objectiveStatus(o, today),
        value,
        remaining: o.reachedAt ? 0 : remainingOf(value, o.target),
      };
    });
  }

  async settings(manager: EntityManager = this.dataSource.manager): Promise<ObjectiveSettings> {
    const row = await manager.getRepository(ObjectiveSettings).findOneBy({ id: 1 });
    return row ?? Object.assign(new ObjectiveSettings(), { id: 1, nudgePercent: DEFAULT_NUDGE_PERCENT, updatedById: null });
  }

  async updateSettings(actor: Actor, nudgePercent: number): Promise<ObjectiveSettings> {
    await this.dataSource.getRepository(ObjectiveSettings).upsert({ id: 1, nudgePercent, updatedById: actor.userId }, ['id']);
    this.logger.log({ nudgePercent, by: actor.userId }, 'Objective settings changed');
    return this.settings();
  }
}

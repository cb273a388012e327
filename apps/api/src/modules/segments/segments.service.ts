import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseCriteria, SegmentCriteria, SegmentCriteriaDraft } from '@relais/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isStillReferenced } from '../../core/database/pg-errors';
import { isUuid } from '../../core/validation/uuid';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { SegmentInput } from './dto/segment.input';
import { Segment } from './segment.entity';
import { criteriaCondition, whereCriteria } from './segment-criteria.sql';
import { SegmentErrors } from './segments.errors';

export const PREVIEW_MAX = 100;

/**
 * Segments and their membership. Members are computed in SQL from the criteria at each call,
 * so a partner whose attributes change moves between segments at once. Later features target
 * segments through partnerIdsQuery and isMember.
 */
@Injectable()
export class SegmentsService {
  private readonly logger = new Logger(SegmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
  ) {}

  /**
   * The ids of every partner meeting the criteria, as a query to embed:
   * `where(\`x.partner_id IN (${q.getQuery()})\`).setParameters(q.getParameters())`.
   */
  partnerIdsQuery(criteria: SegmentCriteriaDraft, manager?: EntityManager, alias = 'seg_p'): SelectQueryBuilder<Partner> {
    return whereCriteria(this.partners.query(manager, alias).select(`${alias}.id`), normaliseCriteria(criteria), alias);
  }

  async isMember(partnerId: string, segmentId: string, manager?: EntityManager): Promise<boolean> {
    if (!isUuid(partnerId)) return false;
    const segment = await this.find(segmentId, manager);
    return this.partnerIdsQuery(segment.criteria, manager).andWhere('seg_p.id = :partnerId', { partnerId }).getExists();
  }

  async preview(actor: Actor, draft: SegmentCriteriaDraft, limit = 20): Promise<{ count: number; members: Partner[] }> {
    if (!Number.isInteger(limit) || limit < 0) throw SegmentErrors.badLimit('min');
    if (limit > PREVIEW_MAX) throw SegmentErrors.badLimit('max');
    const query = whereCriteria(this.partners.scopedQuery(actor), normaliseCriteria(draft));
    if (limit === 0) return { count: await query.getCount(), members: [] };
    const [members, count] = await query.orderBy('p.name').addOrderBy('p.id').limit(limit).getManyAndCount();
    return { count, members };
  }

  /** Members of each segment within the actor's scope, counted in one pass over the partners. */
  async memberCounts(actor: Actor, segments: readonly Pick<Segment, 'criteria'>[]): Promise<number[]> {
    if (segments.length === 0) return [];
    const query = this.partners.scopedQuery(actor).select([]);
    segments.forEach((segment, i) => {
      const { sql, params } = criteriaCondition(normaliseCriteria(segment.criteria), 'p', `s${i}`);
      query.addSelect(`count(*) FILTER (WHERE ${sql})`, `c${i}`).setParameters(params);
    });
    const row = (await query.getRawOne<Record<string, string>>()) ?? {};
    return segments.map((_, i) => Number(row[`c${i}`] ?? 0));
  }

  /** Partners within the actor's scope in any of the segments (none given: every partner in scope), counted in one query. */
  async unionCount(actor: Actor, segments: readonly Pick<Segment, 'criteria'>[]): Promise<number> {
    const query = this.partners.scopedQuery(actor);
    if (segments.length) {
      const conditions = segments.map((segment, i) => {
        const { sql, params } = criteriaCondition(normaliseCriteria(segment.criteria), 'p', `u${i}`);
        query.setParameters(params);
        return `(${sql})`;
      });
      query.andWhere(`(${conditions.join(' OR ')})`);
    }
    return query.getCount();
  }

  list(): Promise<Segment[]> {
    return this.dataSource.getRepository(Segment).find({ order: { name: 'ASC', id: 'ASC' } });
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<Segment> {
    const segment = isUuid(id) ? await manager.getRepository(Segment).findOneBy({ id }) : null;
    if (!segment) throw SegmentErrors.notFound();
    return { ...segment, criteria: normaliseCriteria(segment.criteria) };
  }

  async create(actor: Actor, input: SegmentInput): Promise<Segment> {
    return this.dataSource.transaction(async (manager) => {
      await this.requireFreeName(manager, input.name);
      const segment = await manager.getRepository(Segment).save(this.fields(input));
      this.logger.log({ segmentId: segment.id, by: actor.userId }, 'Segment created');
      return segment;
    });
  }

  async update(actor: Actor, id: string, input: SegmentInput): Promise<Segment> {
    return this.dataSource.transaction(async (manager) => {
      const segment = await this.find(id, manager);
      await this.requireFreeName(manager, input.name, segment.id);
      this.logger.log({ segmentId: id, by: actor.userId }, 'Segment updated');
      return manager.getRepository(Segment).save({ ...segment, ...this.fields(input) });
    });
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const segment = await this.find(id);
    try {
      await this.dataSource.getRepository(Segment).delete({ id: segment.id });
    } catch (error) {
      // Products open to the segment hold it (foreign key RESTRICT): deleting it would open them to everyone.
      if (isStillReferenced(error)) throw SegmentErrors.inUse();
      throw error;
    }
    this.logger.log({ segmentId: id, by: actor.userId }, 'Segment deleted');
    return true;
  }

  private fields(input: SegmentInput): Pick<Segment, 'name' | 'description' | 'criteria'> {
    const criteria: SegmentCriteria = normaliseCriteria(input.criteria);
    return { name: input.name, description: input.description ?? '', criteria };
  }

  private async requireFreeName(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    const query = manager.getRepository(Segment).createQueryBuilder('s').where('lower(s.name) = lower(:name)', { name });
    if (exceptId) query.andWhere('s.id <> :exceptId', { exceptId });
    if (await query.getExists()) throw SegmentErrors.nameTaken();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { isUuid } from '../../core/validation/uuid';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { Article } from './article.entity';
import { KnowledgeErrors } from './knowledge.errors';

/** SQL of an article (alias `a`) inside its publication window now. */
export const PUBLISHED_NOW_SQL = 'a.publish_at <= now() AND (a.unpublish_at IS NULL OR a.unpublish_at > now())';

/**
 * Who may read which article. Brand users read every article (authors preview drafts); a partner
 * user reads an article inside its window whose segments hold their partner (no segment: everyone).
 * Other features (quizzes) link to articles through readableArticles and existingIds.
 */
@Injectable()
export class KnowledgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  /** Of the segments articles are written for, those holding the partner: one query over the partner's row. */
  async memberSegmentIds(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const targeted = await manager
      .getRepository(Segment)
      .createQueryBuilder('s')
      .where('s.id IN (SELECT DISTINCT segment_id FROM article_segments)')
      .getMany();
    const counts = await this.segments.memberCounts(actor, targeted);
    return targeted.filter((_, i) => counts[i] > 0).map((s) => s.id);
  }

  /** The articles the actor may read, alias `a`. */
  async readable(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<SelectQueryBuilder<Article>> {
    const query = manager.getRepository(Article).createQueryBuilder('a');
    if (!isPartnerRole(actor.role)) return query.where('true');
    const memberSegmentIds = await this.memberSegmentIds(actor, manager);
    return query.where(PUBLISHED_NOW_SQL).andWhere(
      `(NOT EXISTS (SELECT 1 FROM article_segments s WHERE s.article_id = a.id)
        OR EXISTS (SELECT 1 FROM article_segments s WHERE s.article_id = a.id AND s.segment_id = ANY(:memberSegmentIds::uuid[])))`,
      { memberSegmentIds },
    );
  }

  /** One article the actor may read; ARTICLE_NOT_FOUND otherwise (out of window or segment alike). */
  async get(actor: Actor, id: string, manager?: EntityManager): Promise<Article> {
    const article = isUuid(id) ? await (await this.readable(actor, manager)).andWhere('a.id = :id', { id }).getOne() : null;
    if (!article) throw KnowledgeErrors.articleNotFound();
    return article;
  }

  /** Of `ids`, the articles the actor may read now, in the order asked (unknown and unreadable ids are left out). */
  async readableArticles(actor: Actor, ids: readonly string[], manager?: EntityManager): Promise<Article[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return [];
    const rows = await (await this.readable(actor, manager)).andWhere('a.id = ANY(:ids::uuid[])', { ids: wanted }).getMany();
    const byId = new Map(rows.map((a) => [a.id, a]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Of `ids`, those naming an existing article whatever its window (for authors linking content). */
  async existingIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const wanted = [...new Set(ids.filter(isUuid))];
    if (!wanted.length) return [];
    const rows = await manager.getRepository(Article).find({ select: { id: true }, where: { id: In(wanted) } });
    return rows.map((r) => r.id);
  }
}

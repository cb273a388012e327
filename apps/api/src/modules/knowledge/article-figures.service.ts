import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { ArticleDownload } from './article-download.entity';
import { ArticleRead } from './article-read.entity';
import { ArticleSegment } from './article-segment.entity';
import { ArticleFigures } from './dto/article.type';
import { KnowledgeService } from './knowledge.service';

/**
 * Reads and downloads of an article. Brand admins see the whole network; a channel manager only
 * the partners assigned to them (and no view count, which no partner can be told apart in).
 */
@Injectable()
export class ArticleFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly knowledge: KnowledgeService,
    private readonly partners: PartnersService,
    private readonly segments: SegmentsService,
  ) {}

  async figures(actor: Actor, id: string): Promise<ArticleFigures> {
    const article = await this.knowledge.get(actor, id);
    const targeted = await this.dataSource.getRepository(ArticleSegment).find({ where: { articleId: article.id } });
    const segments = await this.dataSource.getRepository(Segment).find({
      where: targeted.length ? { id: In(targeted.map((t) => t.segmentId)) } : {},
      order: { name: 'ASC', id: 'ASC' },
    });
    const scope = this.partners.scopedQuery(actor, undefined, 'scope_p').select('scope_p.id');
    const [total, partnerCounts, bySegment] = await Promise.all([
      this.counts(article.id, scope),
      this.segments.memberCounts(actor, segments),
      Promise.all(segments.map((s) => this.counts(article.id, scope, this.segments.partnerIdsQuery(s.criteria, undefined, `seg_${segments.indexOf(s)}`)))),
    ]);
    return {
      views: actor.role === 'BRAND_ADMIN' ? article.viewCount : null,
      uniqueReaders: total.readers,
      readingPartners: total.partners,
      downloads: total.downloads,
      bySegment: segments.map((s, i) => ({ segmentId: s.id, segmentName: s.name, partners: partnerCounts[i], readers: bySegment[i].readers, downloads: bySegment[i].downloads })),
    };
  }

  private async counts(articleId: string, ...partnerSets: SelectQueryBuilder<Partner>[]): Promise<{ readers: number; partners: number; downloads: number }> {
    const restrict = <T extends object>(query: SelectQueryBuilder<T>, alias: string) => {
      for (const set of partnerSets) query.andWhere(`${alias}.partner_id IN (${set.getQuery()})`).setParameters(set.getParameters());
      return query;
    };
    const reads = restrict(
      this.dataSource.getRepository(ArticleRead).createQueryBuilder('r').select('count(*)::int', 'readers').addSelect('count(DISTINCT r.partner_id)::int', 'partners').where('r.article_id = :articleId', { articleId }),
      'r',
    );
    const downloads = restrict(
      this.dataSource.getRepository(ArticleDownload).createQueryBuilder('d').select('count(*)::int', 'downloads').where('d.article_id = :articleId', { articleId }),
      'd',
    );
    const [r, d] = await Promise.all([reads.getRawOne<{ readers: number; partners: number }>(), downloads.getRawOne<{ downloads: number }>()]);
    return { readers: r?.readers ?? 0, partners: r?.partners ?? 0, downloads: d?.downloads ?? 0 };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normaliseTags } from '@relais/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { Article } from './article.entity';
import { ArticleSegment } from './article-segment.entity';
import { ArticleInput } from './dto/article.input';
import { KnowledgeErrors } from './knowledge.errors';
import { KnowledgeService } from './knowledge.service';

type ArticleFields = Pick<Article, 'kind' | 'titleFr' | 'bodyFr' | 'titleEn' | 'bodyEn' | 'tags' | 'publishAt' | 'unpublishAt' | 'pinned'>;

/** Brand admins write, schedule, unpublish and pin articles; every change is one transaction. */
@Injectable()
export class ArticleAuthoringService {
  private readonly logger = new Logger(ArticleAuthoringService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly knowledge: KnowledgeService,
    private readonly segments: SegmentsService,
  ) {}

  create(actor: Actor, input: ArticleInput): Promise<Article> {
    return this.save(actor, null, input);
  }

  async update(actor: Actor, id: string, input: ArticleInput): Promise<Article> {
    return this.save(actor, await this.knowledge.get(actor, id), input);
  }

  /** Ends the publication window now; the article stays for the record and its figures. */
  async unpublish(actor: Actor, id: string): Promise<Article> {
    const article = await this.knowledge.get(actor, id);
    const now = new Date();
    if (!article.publishAt || article.publishAt > now || (article.unpublishAt && article.unpublishAt <= now)) throw KnowledgeErrors.notPublished();
    article.unpublishAt = now;
    this.logger.log({ articleId: id, by: actor.userId }, 'Article unpublished');
    return this.dataSource.getRepository(Article).save(article);
  }

  async setPinned(actor: Actor, id: string, pinned: boolean): Promise<Article> {
    const article = await this.knowledge.get(actor, id);
    if (article.pinned === pinned) return article;
    article.pinned = pinned;
    return this.dataSource.getRepository(Article).save(article);
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const article = await this.knowledge.get(actor, id);
    await this.dataSource.getRepository(Article).delete({ id: article.id });
    this.logger.log({ articleId: id, by: actor.userId }, 'Article deleted');
    return true;
  }

  /** Partners an article for these segments would reach (any of them; none: every partner), within the actor's scope. */
  async reach(actor: Actor, segmentIds: string[]): Promise<number> {
    return this.segments.unionCount(actor, await this.segmentsOf(this.dataSource.manager, segmentIds));
  }

  private fieldsOf(input: ArticleInput): ArticleFields {
    const has = (title: string, body: string) => title.trim() !== '' || body.trim() !== '';
    if (!has(input.titleFr, input.bodyFr) && !has(input.titleEn, input.bodyEn)) throw KnowledgeErrors.languageRequired();
    if (!input.titleFr && input.bodyFr.trim()) throw KnowledgeErrors.bodyWithoutTitle('titleFr');
    if (!input.titleEn && input.bodyEn.trim()) throw KnowledgeErrors.bodyWithoutTitle('titleEn');
    const publishAt = input.publishAt ?? null;
    const unpublishAt = input.unpublishAt ?? null;
    if (unpublishAt && !publishAt) throw KnowledgeErrors.unpublishWithoutStart();
    if (publishAt && unpublishAt && unpublishAt <= publishAt) throw KnowledgeErrors.windowInvalid();
    return {
      kind: input.kind,
      titleFr: input.titleFr,
      bodyFr: input.titleFr ? input.bodyFr : '',
      titleEn: input.titleEn,
      bodyEn: input.titleEn ? input.bodyEn : '',
      tags: normaliseTags(input.tags),
      publishAt,
      unpublishAt,
      pinned: input.pinned,
    };
  }

  private async segmentsOf(manager: EntityManager, segmentIds: string[]): Promise<Segment[]> {
    const ids = [...new Set(segmentIds)];
    const found = ids.length ? await manager.getRepository(Segment).findBy({ id: In(ids) }) : [];
    if (found.length !== ids.length) throw KnowledgeErrors.segmentNotFound();
    return found;
  }

  private async save(actor: Actor, existing: Article | null, input: ArticleInput): Promise<Article> {
    const fields = this.fieldsOf(input);
    const article = await this.dataSource.transaction(async (manager) => {
      const segments = await this.segmentsOf(manager, input.segmentIds);
      const repository = manager.getRepository(Article);
      const saved = await repository.save(existing ? Object.assign(existing, fields) : repository.create({ ...fields, createdById: actor.userId }));
      await manager.getRepository(ArticleSegment).delete({ articleId: saved.id });
      if (segments.length) await manager.getRepository(ArticleSegment).insert(segments.map((s) => ({ articleId: saved.id, segmentId: s.id })));
      return saved;
    });
    this.logger.log({ articleId: article.id, by: actor.userId }, existing ? 'Article updated' : 'Article created');
    return article;
  }
}

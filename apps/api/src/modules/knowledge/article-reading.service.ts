import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ArticleStatus, HIGHLIGHT_START, HIGHLIGHT_STOP, highlightFragments, isPartnerRole } from '@relais/domain';
import type { Locale } from '@relais/i18n';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { ActivityService } from '../activity/activity.service';
import { Article } from './article.entity';
import { ArticleFilter } from './dto/article.input';
import { ArticleSearchHit } from './dto/article.type';
import { KnowledgeService, PUBLISHED_NOW_SQL } from './knowledge.service';

const STATUS_SQL: Record<ArticleStatus, string> = {
  DRAFT: 'a.publish_at IS NULL',
  SCHEDULED: 'a.publish_at > now()',
  PUBLISHED: PUBLISHED_NOW_SQL,
  ENDED: 'a.unpublish_at <= now()',
};

export const SEARCH_MAX_RESULTS = 20;
const HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
// Markdown marks would show in passages: links keep their text, emphasis and heading signs go.
const PLAIN_BODY = (column: string) => `regexp_replace(${column}, '!?\\[([^\\]]*)\\]\\([^)]*\\)|[*_#>\`~|]+', '\\1', 'g')`;

export type SearchMatch = Omit<ArticleSearchHit, 'article'> & { id: string };

/** What readers do: browse, open (recorded once per user), search. Every query goes through KnowledgeService.readable. */
@Injectable()
export class ArticleReadingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly knowledge: KnowledgeService,
    private readonly activity: ActivityService,
  ) {}

  /** Partner users: newest publication first (pinned first when asked); brand users: last changed first. */
  async list(actor: Actor, filter: ArticleFilter = {}, page?: PageInput | null): Promise<{ items: Article[]; total: number }> {
    const { offset, limit } = pageOf(page);
    const query = await this.knowledge.readable(actor);
    if (filter.kinds?.length) query.andWhere('a.kind = ANY(:kinds)', { kinds: filter.kinds });
    if (filter.tag?.trim()) query.andWhere(':tag = ANY(a.tags)', { tag: filter.tag.trim().toLowerCase() });
    if (filter.pinned !== undefined && filter.pinned !== null) query.andWhere('a.pinned = :pinned', { pinned: filter.pinned });
    if (filter.statuses?.length && !isPartnerRole(actor.role)) query.andWhere(`(${filter.statuses.map((s) => `(${STATUS_SQL[s]})`).join(' OR ')})`);
    if (isPartnerRole(actor.role)) query.orderBy('a.publish_at', 'DESC');
    else query.orderBy('a.updated_at', 'DESC');
    const [items, total] = await query.addOrderBy('a.id').offset(offset).limit(limit).getManyAndCount();
    return { items, total };
  }

  /** The tags of the articles the actor may read, most used first. */
  async tags(actor: Actor): Promise<string[]> {
    // The tags are unnested in a subquery: TypeORM quotes a function given to innerJoin as a table
    // name ("unnest(a.tags)" does not exist), which made this query fail for every reader.
    const readable = (await this.knowledge.readable(actor)).select('unnest(a.tags)', 'tag');
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('r.tag', 'tag')
      .addSelect('count(*)', 'n')
      .from(`(${readable.getQuery()})`, 'r')
      .setParameters(readable.getParameters())
      .groupBy('r.tag')
      .orderBy('n', 'DESC')
      .addOrderBy('r.tag')
      .limit(100)
      .getRawMany<{ tag: string }>();
    return rows.map((r) => r.tag);
  }

  /**
   * Opens an article: a partner user's first opening records ARTICLE_READ (one row per user and
   * article decides it, so two tabs at once still make one event); every opening counts a view.
   */
  async open(actor: Actor, id: string): Promise<Article> {
    const article = await this.knowledge.get(actor, id);
    if (!isPartnerRole(actor.role) || !actor.partnerId) return article;
    const partnerId = actor.partnerId;
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE articles SET view_count = view_count + 1 WHERE id = $1', [id]);
      const [first]: { article_id: string }[] = await manager.query(
        'INSERT INTO article_reads (article_id, user_id, partner_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING article_id',
        [id, actor.userId, partnerId],
      );
      if (first) await this.activity.record(manager, { type: 'ARTICLE_READ', partnerId, userId: actor.userId, subjectId: id, payload: { kind: article.kind } });
    });
    return article;
  }

  /**
   * Full-text search in the reader's language (each article in its version for that reader: theirs,
   * else the other), ranked with the title above the body, with the matched words marked as
   * fragments. Only articles the reader may read.
   */
  async search(actor: Actor, locale: Locale, text: string, limit = SEARCH_MAX_RESULTS): Promise<SearchMatch[]> {
    const term = text.trim();
    if (!term) return [];
    // Which version a reader gets: their language's when it exists, else the other one.
    const useFr = locale === 'fr' ? "a.title_fr <> ''" : "a.title_en = ''";
    const query = await this.knowledge.readable(actor);
    const fr = "websearch_to_tsquery('french', :term)";
    const en = "websearch_to_tsquery('english', :term)";
    const rows = await query
      .select('a.id', 'id')
      .addSelect(`CASE WHEN ${useFr} THEN 'fr' ELSE 'en' END`, 'language')
      .addSelect(`CASE WHEN ${useFr} THEN ts_rank(a.search_fr, ${fr}) ELSE ts_rank(a.search_en, ${en}) END`, 'rank')
      .addSelect(
        `CASE WHEN ${useFr} THEN ts_headline('french', a.title_fr, ${fr}, :all) ELSE ts_headline('english', a.title_en, ${en}, :all) END`,
        'title',
      )
      .addSelect(
        `CASE WHEN ${useFr} THEN ts_headline('french', ${PLAIN_BODY('a.body_fr')}, ${fr}, :passages)
              ELSE ts_headline('english', ${PLAIN_BODY('a.body_en')}, ${en}, :passages) END`,
        'snippet',
      )
      .andWhere(`((${useFr} AND a.search_fr @@ ${fr}) OR (NOT (${useFr}) AND a.search_en @@ ${en}))`)
      .setParameters({
        term,
        all: `HighlightAll=true, ${HEADLINE}`,
        passages: `MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", ${HEADLINE}`,
      })
      .orderBy('rank', 'DESC')
      .addOrderBy('a.publish_at', 'DESC', 'NULLS LAST')
      .addOrderBy('a.id')
      .limit(Math.min(Math.max(limit, 1), SEARCH_MAX_RESULTS))
      .getRawMany<{ id: string; language: 'fr' | 'en'; rank: number; title: string; snippet: string }>();
    return rows.map((r) => ({ id: r.id, language: r.language, rank: Number(r.rank), title: highlightFragments(r.title), snippet: highlightFragments(r.snippet) }));
  }
}

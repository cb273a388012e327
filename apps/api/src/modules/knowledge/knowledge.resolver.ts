import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type ArticleStatus, articleStatus, isPartnerRole, renderMarkdown } from '@relais/domain';
import type { Locale } from '@relais/i18n';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { LocaleEnum } from '../../core/graphql/enums';
import { PageInput } from '../../core/graphql/page.input';
import { Article } from './article.entity';
import { ArticleAttachmentsService, isImage } from './article-attachments.service';
import { ArticleAuthoringService } from './article-authoring.service';
import { ArticleFiguresService } from './article-figures.service';
import { ArticleReadingService } from './article-reading.service';
import { ArticleFilter, ArticleInput } from './dto/article.input';
import { ArticleAttachmentType, ArticleFigures, ArticlePage, ArticleSearchHit, ArticleType } from './dto/article.type';
import { ArticleStatusEnum } from './knowledge.enums';
import { KnowledgeLoaders } from './knowledge.loaders';
import { KnowledgeService } from './knowledge.service';

/** The version a reader gets: their language's when it has a title, else the other one. */
const versionFor = (article: Article, locale: Locale): Locale => (locale === 'en' ? (article.titleEn ? 'en' : 'fr') : article.titleFr ? 'fr' : 'en');

@Resolver(() => ArticleType)
export class KnowledgeResolver {
  constructor(
    private readonly knowledge: KnowledgeService,
    private readonly authoring: ArticleAuthoringService,
    private readonly reading: ArticleReadingService,
    private readonly figuresService: ArticleFiguresService,
    private readonly files: ArticleAttachmentsService,
    private readonly loaders: KnowledgeLoaders,
  ) {}

  @ResolveField(() => ArticleStatusEnum)
  status(@Parent() article: Article): ArticleStatus {
    return articleStatus(article);
  }

  @ResolveField(() => LocaleEnum, { description: "The language of the version the caller reads: theirs, else the other one." })
  async language(@CurrentActor() actor: Actor, @Parent() article: Article, @Context('req') request: object): Promise<Locale> {
    return versionFor(article, await this.loaders.for(request, actor).locale());
  }

  @ResolveField(() => String, { description: "In the caller's language (the other one when it has no version)." })
  async title(@CurrentActor() actor: Actor, @Parent() article: Article, @Context('req') request: object): Promise<string> {
    return versionFor(article, await this.loaders.for(request, actor).locale()) === 'fr' ? article.titleFr : article.titleEn;
  }

  @ResolveField(() => String, { description: "Markdown, in the caller's language (the other one when it has no version)." })
  async body(@CurrentActor() actor: Actor, @Parent() article: Article, @Context('req') request: object): Promise<string> {
    return versionFor(article, await this.loaders.for(request, actor).locale()) === 'fr' ? article.bodyFr : article.bodyEn;
  }

  @ResolveField(() => String, {
    description: "The body as safe HTML (no raw HTML, no script URL), attachments with URLs signed for the caller. Insert as is.",
  })
  async bodyHtml(@CurrentActor() actor: Actor, @Parent() article: Article, @Context('req') request: object): Promise<string> {
    const set = this.loaders.for(request, actor);
    const [locale, files] = await Promise.all([set.locale(), set.attachments.load(article.id)]);
    const own = new Set(files.map((f) => f.id));
    const source = versionFor(article, locale) === 'fr' ? article.bodyFr : article.bodyEn;
    return renderMarkdown(source, {
      attachmentUrl: (id, use) => (own.has(id.toLowerCase()) ? this.files.urlFor(actor.userId, id.toLowerCase(), use === 'link') : null),
    });
  }

  @ResolveField(() => [ArticleAttachmentType])
  async attachments(@CurrentActor() actor: Actor, @Parent() article: Article, @Context('req') request: object): Promise<ArticleAttachmentType[]> {
    const files = await this.loaders.for(request, actor).attachments.load(article.id);
    return files.map((f) => ({
      id: f.id,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      isImage: isImage(f.mimeType),
      url: this.files.urlFor(actor.userId, f.id, !isImage(f.mimeType)),
      downloadUrl: this.files.urlFor(actor.userId, f.id, true),
      reference: `attachment:${f.id}`,
      createdAt: f.createdAt,
    }));
  }

  @ResolveField(() => [ID], { nullable: true, description: 'Segments the article is for (empty: every partner); null for partner users.' })
  segmentIds(@CurrentActor() actor: Actor, @Parent() article: Article, @Context('req') request: object): Promise<string[]> | null {
    if (isPartnerRole(actor.role)) return null;
    return this.loaders.for(request, actor).segmentIds.load(article.id);
  }

  @Query(() => ArticlePage, { description: 'Partner users: the published articles of their segments, newest first; brand users: every article, last changed first.' })
  articles(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ArticleFilter, nullable: true }) filter?: ArticleFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    return this.reading.list(actor, filter ?? {}, page);
  }

  @Query(() => ArticleType, { description: "Opens an article (a partner user's first opening records ARTICLE_READ). ARTICLE_NOT_FOUND when absent or not readable." })
  article(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.reading.open(actor, id);
  }

  @Query(() => [String], { description: 'Tags of the articles the caller may read, most used first.' })
  articleTags(@CurrentActor() actor: Actor) {
    return this.reading.tags(actor);
  }

  @Query(() => [ArticleSearchHit], { description: "Full-text search in the caller's language, best match first, among the articles the caller may read." })
  async articleSearch(
    @CurrentActor() actor: Actor,
    @Context('req') request: object,
    @Args('query') query: string,
    @Args('limit', { type: () => Int, nullable: true }) limit?: number,
  ): Promise<ArticleSearchHit[]> {
    const matches = await this.reading.search(actor, await this.loaders.for(request, actor).locale(), query.slice(0, 200), limit ?? undefined);
    const articles = new Map((await this.knowledge.readableArticles(actor, matches.map((m) => m.id))).map((a) => [a.id, a]));
    return matches.flatMap(({ id, ...match }) => {
      const article = articles.get(id);
      return article ? [{ ...match, article }] : [];
    });
  }

  @Query(() => Int, { description: 'Partners (in the caller scope) an article for these segments reaches; none: every partner.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  articleReach(@CurrentActor() actor: Actor, @Args('segmentIds', { type: () => [ID] }) segmentIds: string[]) {
    return this.authoring.reach(actor, segmentIds);
  }

  @Query(() => ArticleFigures, { description: 'Brand admins: the whole network; channel managers: their partners only.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  articleFigures(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.figuresService.figures(actor, id);
  }

  @Mutation(() => ArticleType)
  @Roles('BRAND_ADMIN')
  createArticle(@CurrentActor() actor: Actor, @Args('input') input: ArticleInput) {
    return this.authoring.create(actor, input);
  }

  @Mutation(() => ArticleType, { description: 'Replaces every field (segments included).' })
  @Roles('BRAND_ADMIN')
  updateArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: ArticleInput) {
    return this.authoring.update(actor, id, input);
  }

  @Mutation(() => ArticleType, { description: 'Ends the publication window now. ARTICLE_NOT_PUBLISHED unless it is published.' })
  @Roles('BRAND_ADMIN')
  unpublishArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.authoring.unpublish(actor, id);
  }

  @Mutation(() => ArticleType)
  @Roles('BRAND_ADMIN')
  setArticlePinned(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('pinned') pinned: boolean) {
    return this.authoring.setPinned(actor, id, pinned);
  }

  @Mutation(() => Boolean, { description: 'Deletes the article with its files, reads and downloads.' })
  @Roles('BRAND_ADMIN')
  deleteArticle(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.authoring.remove(actor, id);
  }

  @Mutation(() => Boolean)
  @Roles('BRAND_ADMIN')
  deleteArticleAttachment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.files.remove(actor, id);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale } from '@relais/i18n';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { User } from '../users/user.entity';
import { ArticleAttachmentsService, AttachmentSummary } from './article-attachments.service';
import { ArticleSegment } from './article-segment.entity';

export interface KnowledgeLoaderSet {
  attachments: DataLoader<string, AttachmentSummary[]>;
  segmentIds: DataLoader<string, string[]>;
  /** The caller's language, read once per request. */
  locale: () => Promise<Locale>;
}

/** What article fields fetch: one query per field for a whole list, per HTTP request. */
@Injectable()
export class KnowledgeLoaders {
  private readonly byRequest = new WeakMap<object, KnowledgeLoaderSet>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: ArticleAttachmentsService,
  ) {}

  for(request: object, actor: Actor): KnowledgeLoaderSet {
    let set = this.byRequest.get(request);
    if (!set) {
      let locale: Promise<Locale> | undefined;
      set = {
        attachments: new DataLoader((ids) => this.attachments.forArticles(ids)),
        segmentIds: new DataLoader(async (ids) => {
          const rows = await this.dataSource.getRepository(ArticleSegment).find({ where: { articleId: In([...ids]) }, order: { segmentId: 'ASC' } });
          return ids.map((id) => rows.filter((r) => r.articleId === id).map((r) => r.segmentId));
        }),
        locale: () => (locale ??= this.localeOf(actor.userId)),
      };
      this.byRequest.set(request, set);
    }
    return set;
  }

  private async localeOf(userId: string): Promise<Locale> {
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, locale: true }, where: { id: userId } });
    return user?.locale ?? 'fr';
  }
}

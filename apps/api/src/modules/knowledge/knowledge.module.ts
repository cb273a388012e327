import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { SegmentsModule } from '../segments/segments.module';
import { Article } from './article.entity';
import { ArticleAttachment } from './article-attachment.entity';
import { ArticleDownload } from './article-download.entity';
import { ArticleRead } from './article-read.entity';
import { ArticleSegment } from './article-segment.entity';
import { KnowledgeService } from './knowledge.service';

/** The knowledge base: articles targeted by segment and window, their files, reads, downloads and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Article, ArticleSegment, ArticleAttachment, ArticleRead, ArticleDownload]), SegmentsModule],
  providers: [KnowledgeService],
  exports: [KnowledgeService],
})
export class KnowledgeModule {}

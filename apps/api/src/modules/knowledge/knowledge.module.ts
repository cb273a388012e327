import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ActivityModule } from '../activity/activity.module';
import { PartnersModule } from '../partners/partners.module';
import { SegmentsModule } from '../segments/segments.module';
import { Article } from './article.entity';
import { ArticleAttachment } from './article-attachment.entity';
import { ArticleAttachmentsService } from './article-attachments.service';
import { ArticleAuthoringService } from './article-authoring.service';
import { ArticleDownload } from './article-download.entity';
import { ArticleFiguresService } from './article-figures.service';
import { ArticleFilesController } from './article-files.controller';
import { ArticleRead } from './article-read.entity';
import { ArticleReadingService } from './article-reading.service';
import { ArticleSegment } from './article-segment.entity';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { KnowledgeLoaders } from './knowledge.loaders';
import { KnowledgeResolver } from './knowledge.resolver';
import { KnowledgeService } from './knowledge.service';

/** The knowledge base: articles targeted by segment and window, their files, reads, downloads and search. */
@Module({
  imports: [TypeOrmModule.forFeature([Article, ArticleSegment, ArticleAttachment, ArticleRead, ArticleDownload]), ActivityModule, PartnersModule, SegmentsModule],
  controllers: [ArticleFilesController],
  providers: [
    KnowledgeService,
    ArticleAuthoringService,
    ArticleReadingService,
    ArticleFiguresService,
    ArticleAttachmentsService,
    AttachmentUploadInterceptor,
    KnowledgeLoaders,
    KnowledgeResolver,
  ],
  exports: [KnowledgeService],
})
export class KnowledgeModule {}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, In } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { AppConfig } from '../../core/config/app-config';
import { detectFileType, FileTypes, sanitizeFileName, sha256Of } from '../../core/files/file-content';
import { isUuid } from '../../core/validation/uuid';
import { ActivityService } from '../activity/activity.service';
import { User } from '../users/user.entity';
import { ArticleAttachment } from './article-attachment.entity';
import { ArticleDownload } from './article-download.entity';
import { signedFileUrl, verifiedFileUser } from './file-signature';
import { KnowledgeErrors } from './knowledge.errors';
import { KnowledgeService } from './knowledge.service';

/** What an article may carry, by the type its bytes show, with the extension its stored name gets. */
export const ATTACHMENT_TYPES: FileTypes = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

export const isImage = (mimeType: string) => mimeType.startsWith('image/');

export interface UploadedFile {
  originalname?: string;
  buffer: Buffer;
  size: number;
}

export type AttachmentSummary = Omit<ArticleAttachment, 'content' | 'article'>;

const SUMMARY = { id: true, articleId: true, fileName: true, mimeType: true, size: true, sha256: true, uploadedById: true, createdAt: true } as const;

/**
 * Images and files of articles. Readers reach them through URLs signed for them (an <img> cannot
 * send the bearer token); serving checks the signature, then that user's right to read the article
 * at that moment, so an unpublished article or a partner leaving its segment closes its files too.
 */
@Injectable()
export class ArticleAttachmentsService {
  private readonly logger = new Logger(ArticleAttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly knowledge: KnowledgeService,
    private readonly activity: ActivityService,
  ) {}

  async upload(actor: Actor, articleId: string, file: UploadedFile | undefined): Promise<AttachmentSummary> {
    const article = await this.knowledge.get(actor, articleId);
    if (!file || file.size === 0) throw KnowledgeErrors.fileRequired();
    if (file.size > this.config.ATTACHMENT_MAX_BYTES) throw KnowledgeErrors.fileTooLarge(this.config.ATTACHMENT_MAX_BYTES);
    const mimeType = await detectFileType(file.buffer, ATTACHMENT_TYPES);
    if (!mimeType) throw KnowledgeErrors.fileTypeNotAllowed();
    const saved = await this.dataSource.getRepository(ArticleAttachment).save({
      articleId: article.id,
      sha256: sha256Of(file.buffer),
      mimeType,
      size: file.size,
      fileName: sanitizeFileName(file.originalname, mimeType, ATTACHMENT_TYPES, 'file'),
      content: file.buffer,
      uploadedById: actor.userId,
    });
    this.logger.log({ attachmentId: saved.id, articleId: article.id, mimeType, size: file.size, by: actor.userId }, 'Article attachment uploaded');
    const { content: _content, ...summary } = saved;
    return summary;
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const attachment = isUuid(id) ? await this.dataSource.getRepository(ArticleAttachment).findOne({ select: SUMMARY, where: { id } }) : null;
    if (!attachment) throw KnowledgeErrors.attachmentNotFound();
    await this.dataSource.getRepository(ArticleAttachment).delete({ id });
    this.logger.log({ attachmentId: id, articleId: attachment.articleId, by: actor.userId }, 'Article attachment removed');
    return true;
  }

  /** The attachments of each article, oldest first, without their bytes. */
  async forArticles(articleIds: readonly string[]): Promise<AttachmentSummary[][]> {
    const rows = await this.dataSource.getRepository(ArticleAttachment).find({
      select: SUMMARY,
      where: { articleId: In([...articleIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return articleIds.map((id) => rows.filter((row) => row.articleId === id));
  }

  urlFor(userId: string, attachmentId: string, download: boolean): string {
    return signedFileUrl(this.config.fileUrlSecret, this.config.FILE_URL_TTL_SECONDS, attachmentId, userId, download);
  }

  /**
   * The attachment with its bytes for a signed URL, when the user it was signed for may read the
   * article now; ATTACHMENT_NOT_FOUND otherwise (a bad signature reveals nothing either). A download
   * by a partner user is recorded with its event.
   */
  async serve(id: string, query: Record<string, unknown>, download: boolean): Promise<ArticleAttachment> {
    const userId = isUuid(id) ? verifiedFileUser(this.config.fileUrlSecret, id, query) : null;
    const actor = userId ? await this.activeActor(userId) : null;
    if (!actor) throw KnowledgeErrors.attachmentNotFound();
    const attachment = await this.dataSource
      .getRepository(ArticleAttachment)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.id = :id', { id })
      .getOne();
    if (!attachment || !(await this.knowledge.readableArticles(actor, [attachment.articleId])).length) throw KnowledgeErrors.attachmentNotFound();
    if (download && isPartnerRole(actor.role) && actor.partnerId) await this.recordDownload(actor, attachment);
    return attachment;
  }

  private async recordDownload(actor: Actor, attachment: ArticleAttachment): Promise<void> {
    const partnerId = actor.partnerId as string;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ArticleDownload).insert({ articleId: attachment.articleId, attachmentId: attachment.id, userId: actor.userId, partnerId });
      await this.activity.record(manager, {
        type: 'FILE_DOWNLOADED',
        partnerId,
        userId: actor.userId,
        subjectId: attachment.id,
        payload: { articleId: attachment.articleId, fileName: attachment.fileName },
      });
    });
  }

  /** The signed URL's user as an actor, while their account is active. */
  private async activeActor(userId: string): Promise<Actor | null> {
    if (!isUuid(userId)) return null;
    const user = await this.dataSource.getRepository(User).findOne({ select: { id: true, role: true, partnerId: true, status: true }, where: { id: userId } });
    return user && user.status === 'ACTIVE' ? { userId: user.id, role: user.role, partnerId: user.partnerId } : null;
  }
}

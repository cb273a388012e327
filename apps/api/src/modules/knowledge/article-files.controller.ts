import { Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Public, Roles } from '../../core/auth/auth.decorators';
import { contentDisposition } from '../../core/files/file-content';
import { ArticleAttachmentsService, isImage, UploadedFile as Upload } from './article-attachments.service';
import { AttachmentUploadInterceptor } from './attachment-upload.interceptor';
import { KNOWLEDGE_FILES_PATH } from './file-signature';

/**
 * Article files over plain HTTP: brand admins upload with their bearer token (multipart field
 * `file`); readers fetch with the URLs the API signed for them. Errors have the shape of GraphQL errors.
 */
@Controller(KNOWLEDGE_FILES_PATH.slice(1))
export class ArticleFilesController {
  constructor(private readonly attachments: ArticleAttachmentsService) {}

  @Post('articles/:articleId')
  @HttpCode(201)
  @Roles('BRAND_ADMIN')
  @UseInterceptors(AttachmentUploadInterceptor)
  async upload(@CurrentActor() actor: Actor, @Param('articleId') articleId: string, @UploadedFile() file: Upload | undefined) {
    const { id, fileName, mimeType, size } = await this.attachments.upload(actor, articleId, file);
    return { id, fileName, mimeType, size, reference: `attachment:${id}` };
  }

  // Public: the signature in the query names the user, whose right to the article is checked now.
  @Get(':id')
  @Public()
  async serve(@Param('id') id: string, @Query() query: Record<string, unknown>, @Res() response: Response) {
    const wantsDownload = query.download === '1';
    const file = await this.attachments.serve(id, query, wantsDownload);
    const inline = isImage(file.mimeType) && !wantsDownload;
    response
      .status(200)
      .set({
        'Content-Type': file.mimeType,
        'Content-Length': String(file.content.length),
        'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.fileName),
        'X-Content-Type-Options': 'nosniff',
        // Shown as an image or saved; opened directly it gets no script, form or same-origin rights.
        'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
        // The URL is this user's own: only their browser may keep it, briefly.
        'Cache-Control': 'private, max-age=60',
        'Referrer-Policy': 'no-referrer',
      })
      .end(file.content);
  }
}

import { Injectable } from '@nestjs/common';

import { AppConfig } from '../../core/config/app-config';
import { SingleFileInterceptor } from '../../core/files/single-file.interceptor';
import { KnowledgeErrors } from './knowledge.errors';

/** The file of an article attachment upload, at most ATTACHMENT_MAX_BYTES. */
@Injectable()
export class AttachmentUploadInterceptor extends SingleFileInterceptor {
  constructor(config: AppConfig) {
    super(config.ATTACHMENT_MAX_BYTES, () => KnowledgeErrors.fileTooLarge(config.ATTACHMENT_MAX_BYTES), KnowledgeErrors.fileRequired);
  }
}

import { invalidField, notFound } from '../../core/errors/domain-error';

export const KnowledgeErrors = {
  /** Also the answer for an article the reader may not read: existence is not revealed. */
  articleNotFound: () => notFound('ARTICLE_NOT_FOUND', 'Article not found'),
  attachmentNotFound: () => notFound('ATTACHMENT_NOT_FOUND', 'Attachment not found'),
  languageRequired: () => invalidField('ARTICLE_LANGUAGE_REQUIRED', 'titleFr', 'ARTICLE_LANGUAGE_REQUIRED', 'Write the article in French or English'),
  bodyWithoutTitle: (field: 'titleFr' | 'titleEn') => invalidField('ARTICLE_TITLE_REQUIRED', field, 'ARTICLE_TITLE_REQUIRED', 'A version with a body needs a title'),
  windowInvalid: () => invalidField('ARTICLE_WINDOW_INVALID', 'unpublishAt', 'ARTICLE_WINDOW_INVALID', 'The end of publication must follow its start'),
  unpublishWithoutStart: () => invalidField('ARTICLE_WINDOW_INVALID', 'publishAt', 'ARTICLE_WINDOW_INVALID', 'An end of publication needs a start'),
  segmentNotFound: () => invalidField('SEGMENT_NOT_FOUND', 'segmentIds', 'exists'),
  notPublished: () => invalidField('ARTICLE_NOT_PUBLISHED', 'id', 'ARTICLE_NOT_PUBLISHED', 'Only a published article can be unpublished'),
  fileRequired: () => invalidField('INVALID_INPUT', 'file', 'isNotEmpty', 'Send the file in the multipart field "file"'),
  fileTooLarge: (maxBytes: number) => {
    const error = invalidField('ATTACHMENT_TOO_LARGE', 'file', 'ATTACHMENT_TOO_LARGE', `The file is larger than ${maxBytes} bytes`);
    Object.assign(error.details, { maxBytes });
    return error;
  },
  fileTypeNotAllowed: () => invalidField('ATTACHMENT_TYPE_NOT_ALLOWED', 'file', 'ATTACHMENT_TYPE_NOT_ALLOWED', 'Images (PNG, JPEG, GIF, WebP), PDF and Office files only'),
};

import type { ArticleInput, ArticleKind, BackOfficeArticleFragment } from '@relais/graphql-client';

/** The editor's values, every input as typed. */
export interface ArticleFormValues {
  kind: ArticleKind;
  titleFr: string;
  bodyFr: string;
  titleEn: string;
  bodyEn: string;
  tags: string;
  segmentIds: string[];
  publishAt: string;
  unpublishAt: string;
  pinned: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a datetime-local input's value, in the user's time zone. */
export function toDateTimeInput(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant; null when empty or unreadable. */
export function fromDateTimeInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function initialValues(article: BackOfficeArticleFragment | null): ArticleFormValues {
  return {
    kind: article?.kind ?? 'SERVICE_NOTE',
    titleFr: article?.titleFr ?? '',
    bodyFr: article?.bodyFr ?? '',
    titleEn: article?.titleEn ?? '',
    bodyEn: article?.bodyEn ?? '',
    tags: (article?.tags ?? []).join(', '),
    segmentIds: [...(article?.segmentIds ?? [])],
    publishAt: toDateTimeInput(article?.publishAt),
    unpublishAt: toDateTimeInput(article?.unpublishAt),
    pinned: article?.pinned ?? false,
  };
}

export function toArticleInput(values: ArticleFormValues): ArticleInput {
  return {
    kind: values.kind,
    titleFr: values.titleFr.trim(),
    bodyFr: values.bodyFr,
    titleEn: values.titleEn.trim(),
    bodyEn: values.bodyEn,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    segmentIds: values.segmentIds,
    publishAt: fromDateTimeInput(values.publishAt),
    unpublishAt: fromDateTimeInput(values.unpublishAt),
    pinned: values.pinned,
  };
}

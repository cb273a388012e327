export const ARTICLE_KINDS = ['SERVICE_NOTE', 'PROMOTION', 'ONBOARDING', 'PRODUCT_SHEET', 'SALES_TOOL'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const ARTICLE_STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ENDED'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface ArticleWindow {
  publishAt: Date | null;
  unpublishAt: Date | null;
}

/** Where an article stands in its publication window: no publishAt is a draft; the window is [publishAt, unpublishAt). */
export function articleStatus(window: ArticleWindow, now: Date = new Date()): ArticleStatus {
  if (!window.publishAt) return 'DRAFT';
  if (window.publishAt > now) return 'SCHEDULED';
  if (window.unpublishAt && window.unpublishAt <= now) return 'ENDED';
  return 'PUBLISHED';
}

export const ARTICLE_TITLE_MAX = 200;
export const ARTICLE_BODY_MAX = 100_000;
export const ARTICLE_TAG_MAX = 40;
export const ARTICLE_TAGS_MAX = 20;

/** Tags compared and stored trimmed, lower-cased, without duplicates. */
export const normaliseTags = (tags: readonly string[]): string[] => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];

/** A search match as plain text pieces, the matched ones flagged: the apps render them without any server HTML. */
export interface HighlightFragment {
  text: string;
  match: boolean;
}

export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

/** Splits a text delimited by HIGHLIGHT_START / HIGHLIGHT_STOP (as ts_headline is told to write) into fragments. */
export function highlightFragments(marked: string): HighlightFragment[] {
  const fragments: HighlightFragment[] = [];
  for (const [i, part] of marked.split(new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_STOP}]`)).entries()) {
    if (part) fragments.push({ text: part, match: i % 2 === 1 });
  }
  return fragments;
}

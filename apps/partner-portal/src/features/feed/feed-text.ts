import type { FeedItemFieldsFragment } from '@relais/graphql-client';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const inLanguage = (language: string | undefined, text: { en: string; fr: string } | null | undefined) =>
  text ? (language?.startsWith('fr') ? text.fr : text.en) : '';

/** Who achieved it: the company's name, or "a partner" when the brand or the participant hides it. */
export function feedActor(t: Translate, item: Pick<FeedItemFieldsFragment, 'partnerName' | 'own'>): string {
  if (item.partnerName) return item.partnerName;
  return item.own ? t('feed.yourCompany') : t('feed.aPartner');
}

/** The item's sentence in the reader's language. */
export function feedSentence(t: Translate, language: string | undefined, item: FeedItemFieldsFragment): string {
  const who = feedActor(t, item);
  switch (item.kind) {
    case 'BADGE_EARNED':
      return t('feed.sentence.BADGE_EARNED', { who, badge: inLanguage(language, item.badgeName) });
    case 'STAGE_COMPLETED':
      return t('feed.sentence.STAGE_COMPLETED', { who, stage: item.stage ? t(`progression.stage.${item.stage}`, { defaultValue: item.stage }) : '' });
    case 'CHALLENGE_PODIUM':
      return t('feed.sentence.CHALLENGE_PODIUM', { who, rank: item.rank ?? 0, count: item.rank ?? 0, ordinal: true, challenge: inLanguage(language, item.challengeTitle) });
  }
}

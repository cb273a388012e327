import type { ChallengeSummaryFragment } from '@relais/graphql-client';
import type { TFunction } from 'i18next';

/** The text of a challenge in the reader's language (French for fr-*, English otherwise). */
export const localized = (text: { en: string; fr: string }, language: string | undefined) => (language?.startsWith('fr') ? text.fr : text.en);

/** What a league value means to a reader: a region's name, a potential, or everyone. */
export function leagueLabel(t: TFunction, leagueBy: ChallengeSummaryFragment['leagueBy'], league: string): string {
  if (!league) return t('challenges.leagueAll');
  if (leagueBy === 'SIZE') return t('challenges.leagueSize', { potential: league });
  return league;
}

/** Live, upcoming and finished, as the list groups them. */
export function challengeGroup(status: ChallengeSummaryFragment['status']): 'live' | 'upcoming' | 'ended' {
  if (status === 'LIVE') return 'live';
  if (status === 'ENDED' || status === 'SETTLED') return 'ended';
  return 'upcoming';
}

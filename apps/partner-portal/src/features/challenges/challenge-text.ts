import { useQuery } from '@apollo/client/react';
import { type ChallengeSummaryFragment,ChallengeTierNamesDocument } from '@relais/graphql-client';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The text of a challenge in the reader's language (French for fr-*, English otherwise). */
export const localized = (text: { en: string; fr: string }, language: string | undefined) => (language?.startsWith('fr') ? text.fr : text.en);

/** What a league value means to a reader: a region's name, a potential, a tier's name (leagues keep the tier id), or everyone. */
export function leagueLabel(t: TFunction, leagueBy: ChallengeSummaryFragment['leagueBy'], league: string, tierName?: (id: string) => string | undefined): string {
  if (leagueBy === 'TIER') return league ? (tierName?.(league) ?? league) : t('challenges.leagueNoTier');
  if (!league) return t('challenges.leagueAll');
  if (leagueBy === 'SIZE') return t('challenges.leagueSize', { potential: league });
  return league;
}

/** leagueLabel with the tiers' names read when the challenge ranks by tier. */
export function useLeagueLabel(leagueBy: ChallengeSummaryFragment['leagueBy'] | undefined): (league: string) => string {
  const { t, i18n } = useTranslation();
  const tiers = useQuery(ChallengeTierNamesDocument, { skip: leagueBy !== 'TIER' }).data?.tierProgramme.tiers ?? [];
  const tierName = (id: string) => {
    const tier = tiers.find((x) => x.id === id);
    return tier ? localized({ en: tier.nameEn, fr: tier.nameFr }, i18n.resolvedLanguage) : undefined;
  };
  return (league) => leagueLabel(t, leagueBy ?? 'NONE', league, tierName);
}

/** Live, upcoming and finished, as the list groups them. */
export function challengeGroup(status: ChallengeSummaryFragment['status']): 'live' | 'upcoming' | 'ended' {
  if (status === 'LIVE') return 'live';
  if (status === 'ENDED' || status === 'SETTLED') return 'ended';
  return 'upcoming';
}

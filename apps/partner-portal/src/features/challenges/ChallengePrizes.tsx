import type { ChallengeSummaryFragment } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

export function ChallengePrizes({ challenge }: { challenge: Pick<ChallengeSummaryFragment, 'prizeMode' | 'prizes'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (challenge.prizes.length === 0) return <p>{t('challenges.noPrizes')}</p>;
  return (
    <ul className="challenge-prizes">
      {challenge.prizes.map((prize, i) => (
        <li key={i}>
          {challenge.prizeMode === 'RANK'
            ? t('challenges.prizeRank', { rank: prize.rank, points: format.number(prize.points) })
            : t('challenges.prizeLevel', { threshold: format.number(prize.threshold ?? 0), points: format.number(prize.points) })}
        </li>
      ))}
    </ul>
  );
}

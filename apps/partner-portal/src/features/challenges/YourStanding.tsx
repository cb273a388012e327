import type { LeaderboardFieldsFragment } from '@relais/graphql-client';
import { Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** The reader's rank, score and the gap to the place ahead, pinned above the board whatever the page. */
export function YourStanding({ board }: { board: LeaderboardFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = board.viewer;
  return (
    <Card title={t('challenges.yourStanding')} className="challenge-standing">
      {viewer ? (
        <>
          <p className="challenge-standing__rank" data-testid="own-rank">
            {t('challenges.yourRank', { rank: format.number(viewer.row.rank), total: format.number(board.total) })}
          </p>
          <p>{t('challenges.yourScore', { score: format.number(viewer.row.score) })}</p>
          <p>
            {viewer.gapToNext === null || viewer.gapToNext === undefined
              ? t('challenges.first')
              : viewer.gapToNext === 0
                ? t('challenges.gapTie')
                : t('challenges.gapToNext', { gap: format.number(viewer.gapToNext) })}
          </p>
        </>
      ) : (
        <p>{t('challenges.notParticipating')}</p>
      )}
    </Card>
  );
}

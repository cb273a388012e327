import type { LeaderboardRowFieldsFragment } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** The leaderboard page; the reader's own row is marked in words and by weight, not by colour only. */
export function LeaderboardTable({ rows, total }: { rows: readonly LeaderboardRowFieldsFragment[]; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="r-table-wrap">
      <table className="r-table challenge-board">
        <caption className="r-visually-hidden">{t('challenges.leaderboardCaption', { count: total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('challenges.rank')}</th>
            <th scope="col">{t('challenges.participant')}</th>
            <th scope="col" className="r-align-end">
              {t('challenges.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.rank}`} className={row.isViewer ? 'is-viewer' : undefined} aria-current={row.isViewer ? 'true' : undefined}>
              <td data-label={t('challenges.rank')}>{format.number(row.rank)}</td>
              <td data-label={t('challenges.participant')}>
                {row.displayName ?? t('challenges.anonymousName')}
                {row.partnerName ? <span className="r-muted"> · {row.partnerName}</span> : null}
                {row.isViewer ? <strong> ({t('challenges.you')})</strong> : null}
              </td>
              <td data-label={t('challenges.score')} className="r-align-end">
                {format.number(row.score)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

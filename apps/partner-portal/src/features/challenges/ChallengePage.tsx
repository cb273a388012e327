import './challenges.css';

import { useQuery, useSubscription } from '@apollo/client/react';
import { ChallengeDetailDocument, LeaderboardChangedDocument } from '@relais/graphql-client';
import { Alert, Badge, Card, errorMessage, LiveRegion, PageHeader, Pagination, Spinner, useDocumentTitle, useFormat } from '@relais/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { AnonymityToggle } from './AnonymityToggle';
import { localized, useLeagueLabel } from './challenge-text';
import { ChallengePrizes } from './ChallengePrizes';
import { LeaderboardTable } from './LeaderboardTable';
import { useCoalesced } from './use-coalesced';
import { YourStanding } from './YourStanding';

const PAGE_SIZE = 20;
const REFETCH_EVERY_MS = 500;

/** A challenge: its rules and prizes, and the live leaderboard of the reader's league. */
export function ChallengePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const detail = useQuery(ChallengeDetailDocument, { variables: { id, page: { offset, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  // The event says only that the board moved: the page is read again, with this reader's rights.
  const refetch = useCoalesced(() => void detail.refetch(), REFETCH_EVERY_MS);
  useSubscription(LeaderboardChangedDocument, { variables: { challengeId: id }, onData: refetch });
  const data = detail.data ?? detail.previousData;
  const challenge = data?.challenge;
  const board = data?.challengeLeaderboard;
  const title = challenge ? localized(challenge.title, i18n.resolvedLanguage) : t('challenges.title');
  useDocumentTitle(title);
  const announcement = useRankAnnouncement(board?.viewer?.row.rank, board?.total);
  const leagueName = useLeagueLabel(challenge?.leagueBy);

  if (!data && detail.loading) return <Spinner label={t('common.loading')} />;
  if (!challenge || !board) return <Alert tone="error">{detail.error ? errorMessage(t, detail.error) : t('challenges.loadFailed')}</Alert>;

  return (
    <div className="r-stack">
      <Link to="/challenges">{t('challenges.title')}</Link>
      <PageHeader
        title={title}
        intro={t('challenges.period', { start: format.dateTime(challenge.startsAt), end: format.dateTime(challenge.endsAt) })}
        actions={<Badge tone={challenge.status === 'LIVE' ? 'success' : 'neutral'}>{t(`challenges.status.${challenge.status}`)}</Badge>}
      />
      {detail.error ? <Alert tone="error">{errorMessage(t, detail.error)}</Alert> : null}
      <LiveRegion message={announcement} />
      <div className="r-grid r-grid--2">
        <YourStanding board={board} />
        <Card title={t('challenges.prizes')}>
          <p>
            {t(`challenges.metric.${challenge.metric}`)} · {t(`challenges.kind.${challenge.kind}`)}
          </p>
          <ChallengePrizes challenge={challenge} />
        </Card>
      </div>
      <section className="r-stack" aria-labelledby="leaderboard-title">
        <h2 id="leaderboard-title">{t('challenges.leaderboard')}</h2>
        <p className="r-muted">
          {t('challenges.league', { league: leagueName(board.league) })}
          {challenge.status === 'LIVE' ? ` · ${t('challenges.liveUpdates')}` : ''}
        </p>
        <LeaderboardTable rows={board.rows} total={board.total} />
        <Pagination offset={offset} limit={PAGE_SIZE} total={board.total} onChange={setOffset} />
        <AnonymityToggle challengeId={challenge.id} team={challenge.kind === 'TEAM'} anonymous={challenge.myAnonymity} onChanged={() => void detail.refetch()} />
      </section>
      <Card title={t('challenges.rules')}>
        <p className="challenge-rules">{localized(challenge.rules, i18n.resolvedLanguage)}</p>
        <p className="r-muted">{t('challenges.tieRule')}</p>
      </Card>
    </div>
  );
}

/** A sentence for screen readers when the reader's rank changes (not on the first load). */
function useRankAnnouncement(rank: number | undefined, total: number | undefined): string | null {
  const { t } = useTranslation();
  const previous = useRef<number | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (rank !== undefined && previous.current !== undefined && previous.current !== rank) setMessage(t('challenges.rankAnnounce', { rank, total }));
    previous.current = rank;
  }, [rank, total, t]);
  return message;
}

import { useQuery, useSubscription } from '@apollo/client/react';
import { prizeFor } from '@relais/domain';
import { type BackofficeChallengeQuery, ChallengeLeaderboardDocument, ChallengeTierNamesDocument, LeaderboardChangedDocument } from '@relais/graphql-client';
import { Alert, Card, type Column, errorMessage, Pagination, Select, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const PAGE_SIZE = 25;

/** The standings of a league, live; the brand sees every name, anonymous ones marked as such. */
export function ChallengeResults({ challenge }: { challenge: Pick<BackofficeChallengeQuery['challenge'], 'id' | 'leagueBy' | 'prizeMode' | 'prizes' | 'status'> }) {
  const { id: challengeId, leagueBy } = challenge;
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [league, setLeague] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const board = useQuery(ChallengeLeaderboardDocument, { variables: { id: challengeId, league, page: { offset, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  useSubscription(LeaderboardChangedDocument, { variables: { challengeId }, onData: () => void board.refetch() });
  const data = (board.data ?? board.previousData)?.challengeLeaderboard;
  const tiers = useQuery(ChallengeTierNamesDocument, { skip: leagueBy !== 'TIER' }).data?.tierProgramme.tiers ?? [];
  // Leagues hold a tier's id, a region or a potential; '' is everyone (or no tier yet).
  const leagueName = (league: string) => {
    if (leagueBy === 'TIER') {
      const tier = tiers.find((x) => x.id === league);
      return tier ? (i18n.resolvedLanguage?.startsWith('fr') ? tier.nameFr : tier.nameEn) : league || t('challenges.leagueNoTier');
    }
    if (leagueBy === 'SIZE' && league) return t('challenges.leagueSize', { potential: league });
    return league || t('challenges.leagueAll');
  };
  type Row = NonNullable<typeof data>['rows'][number];
  const columns: Column<Row>[] = [
    { key: 'rank', header: t('challenges.rank'), cell: (row) => format.number(row.rank) },
    {
      key: 'name',
      header: t('challenges.participant'),
      cell: (row) => `${row.displayName ?? t('challenges.anonymousName')}${row.partnerName ? ` · ${row.partnerName}` : ''}${row.anonymous ? ` (${t('challenges.anonymousName')})` : ''}`,
    },
    { key: 'score', header: t('challenges.score'), cell: (row) => format.number(row.score), align: 'end' },
    // The settlement's own rule (@relais/domain prizeFor): paid once SETTLED, to be paid until then.
    {
      key: 'prize',
      header: challenge.status === 'SETTLED' ? t('challenges.prizePaid') : t('challenges.prizeDue'),
      cell: (row) => format.number(prizeFor(challenge.prizeMode, challenge.prizes, row.rank, row.score)),
      align: 'end',
    },
  ];
  return (
    <Card title={t('challenges.results')}>
      {board.error ? <Alert tone="error">{errorMessage(t, board.error)}</Alert> : null}
      {data && data.leagues.length > 1 ? (
        <Select
          label={t('fields.leagueBy')}
          options={data.leagues.map((value) => ({ value, label: leagueName(value) }))}
          value={data.league}
          onChange={(event) => {
            setLeague(event.target.value);
            setOffset(0);
          }}
        />
      ) : null}
      {data ? (
        <>
          <Table caption={t('challenges.leaderboardCaption', { count: data.total })} columns={columns} rows={data.rows} rowKey={(row) => String(row.rank)} />
          <Pagination offset={offset} limit={PAGE_SIZE} total={data.total} onChange={setOffset} />
        </>
      ) : null}
    </Card>
  );
}

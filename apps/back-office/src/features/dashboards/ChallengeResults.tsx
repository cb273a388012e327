import './stages-challenges.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeChallengeResultsDocument, type DashboardFilterInput } from '@relais/graphql-client';

import { ChallengeResultsFigures } from './ChallengeResultsFigures';
import { DashboardData } from './DashboardSection';

/** The challenge results section of the dashboards page, with the page's filter. */
export function ChallengeResults({ filter }: { filter: DashboardFilterInput }) {
  const query = useQuery(BackOfficeChallengeResultsDocument, { variables: { filter } });
  return (
    <DashboardData query={query} data={query.data?.challengeResults}>
      {(results) => <ChallengeResultsFigures results={results} />}
    </DashboardData>
  );
}

import './stages-challenges.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeStageFunnelOverviewDocument, type DashboardFilterInput } from '@relais/graphql-client';

import { DashboardData } from './DashboardSection';
import { StageFunnelFigures } from './StageFunnelFigures';

/** The stage funnel section of the dashboards page, with the page's filter. */
export function StageFunnel({ filter }: { filter: DashboardFilterInput }) {
  const query = useQuery(BackOfficeStageFunnelOverviewDocument, { variables: { filter } });
  return (
    <DashboardData query={query} data={query.data?.stageFunnelOverview}>
      {(overview) => <StageFunnelFigures overview={overview} />}
    </DashboardData>
  );
}

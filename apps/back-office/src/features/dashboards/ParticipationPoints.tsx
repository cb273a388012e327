import './points.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeParticipationPointsDocument, type DashboardFilterInput } from '@relais/graphql-client';

import { DashboardData } from './DashboardSection';
import { ParticipationFigures } from './ParticipationFigures';
import { PointsFigures } from './PointsFigures';

/** The participation and points sections of the dashboards page, with the page's filter. */
export function ParticipationPoints({ filter }: { filter: DashboardFilterInput }) {
  const query = useQuery(BackOfficeParticipationPointsDocument, { variables: { filter } });
  return (
    <DashboardData query={query} data={query.data}>
      {(data) => (
        <>
          <ParticipationFigures overview={data.participationOverview} />
          <PointsFigures overview={data.pointsOverview} />
        </>
      )}
    </DashboardData>
  );
}

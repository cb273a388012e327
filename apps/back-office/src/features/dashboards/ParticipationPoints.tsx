import './points.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeParticipationPointsDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { Alert, errorMessage, fieldErrors, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ParticipationFigures } from './ParticipationFigures';
import { PointsFigures } from './PointsFigures';

/** The participation and points sections of the dashboards page, with the page's filter. */
export function ParticipationPoints({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  // Field errors of the filter are shown by the filter form (the sell-out query answers the same ones).
  const query = useQuery(BackOfficeParticipationPointsDocument, { variables: { filter } });
  return (
    <>
      <div aria-live="polite">
        {query.error && Object.keys(fieldErrors(t, query.error)).length === 0 ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
        {query.loading ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {query.data ? (
        <>
          <ParticipationFigures overview={query.data.participationOverview} />
          <PointsFigures overview={query.data.pointsOverview} />
        </>
      ) : null}
    </>
  );
}

import './stages-challenges.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeStageFunnelOverviewDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { Alert, errorMessage, fieldErrors, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { StageFunnelFigures } from './StageFunnelFigures';

/** The stage funnel section of the dashboards page, with the page's filter. */
export function StageFunnel({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  // Field errors of the filter are shown by the filter form (the sell-out query answers the same ones).
  const query = useQuery(BackOfficeStageFunnelOverviewDocument, { variables: { filter } });
  return (
    <>
      <div aria-live="polite">
        {query.error && Object.keys(fieldErrors(t, query.error)).length === 0 ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
        {query.loading ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {query.data ? <StageFunnelFigures overview={query.data.stageFunnelOverview} /> : null}
    </>
  );
}

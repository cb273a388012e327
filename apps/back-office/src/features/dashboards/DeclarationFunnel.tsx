import './funnel.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeDeclarationFunnelDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { Alert, errorMessage, fieldErrors, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { FlagOutcomes } from './FlagOutcomes';
import { FunnelOverTime } from './FunnelOverTime';
import { FunnelStages } from './FunnelStages';

/** The declaration funnel section of the dashboards page, with the page's filter. */
export function DeclarationFunnel({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  // Field errors of the filter are shown by the filter form (the sell-out query answers the same ones).
  const funnel = useQuery(BackOfficeDeclarationFunnelDocument, { variables: { filter } });
  const data = funnel.data?.declarationFunnel;
  return (
    <section className="funnel-dashboard" aria-labelledby="declaration-funnel-title">
      <h2 id="declaration-funnel-title" className="funnel-dashboard__title">
        {t('dashboards.funnel.title')}
      </h2>
      <p className="r-muted">{t('dashboards.funnel.intro')}</p>
      <div aria-live="polite">
        {funnel.error && Object.keys(fieldErrors(t, funnel.error)).length === 0 ? <Alert tone="error">{errorMessage(t, funnel.error)}</Alert> : null}
        {funnel.loading ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {data ? (
        <div className="sales-dashboard">
          <FunnelStages funnel={data} />
          <FunnelOverTime series={data.series} />
          <FlagOutcomes flags={data.flags} />
        </div>
      ) : null}
    </section>
  );
}

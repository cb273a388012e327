import './funnel.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeDeclarationFunnelDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';

import { DashboardSection } from './DashboardSection';
import { FlagOutcomes } from './FlagOutcomes';
import { FunnelOverTime } from './FunnelOverTime';
import { FunnelStages } from './FunnelStages';

/** The declaration funnel section of the dashboards page, with the page's filter. */
export function DeclarationFunnel({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  const funnel = useQuery(BackOfficeDeclarationFunnelDocument, { variables: { filter } });
  return (
    <DashboardSection id="declaration-funnel-title" title={t('dashboards.funnel.title')} intro={t('dashboards.funnel.intro')} query={funnel} data={funnel.data?.declarationFunnel}>
      {(data) => (
        <>
          <FunnelStages funnel={data} />
          <FunnelOverTime series={data.series} />
          <FlagOutcomes flags={data.flags} />
        </>
      )}
    </DashboardSection>
  );
}

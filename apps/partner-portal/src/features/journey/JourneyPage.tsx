import './journey.css';

import { useQuery } from '@apollo/client/react';
import { PortalJourneyDocument } from '@relais/graphql-client';
import { Alert, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { StageCard } from './StageCard';
import { TierCard } from './TierCard';

/** The partner's journey through the four stages, and its tier. */
export function JourneyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('progression.journey.title'));
  const query = useQuery(PortalJourneyDocument, { fetchPolicy: 'cache-and-network' });
  const data = query.data;
  const current = data?.journey.currentStage;
  return (
    <div className="r-stack">
      <PageHeader title={t('progression.journey.title')} intro={t('progression.journey.intro')} />
      {query.error && !data ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
      {!data && query.loading ? <Spinner label={t('common.loading')} /> : null}
      {data ? (
        <>
          <p className="journey-summary" aria-live="polite">
            {current ? t('progression.journey.current', { stage: t(`progression.stage.${current}`) }) : t('progression.journey.done')}
          </p>
          <TierCard status={data.tierStatus} />
          <ol className="journey-stages">
            {data.journey.stages.map((stage, index) => (
              <StageCard key={stage.stage} stage={stage} index={index} />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

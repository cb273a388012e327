import './journey.css';

import { useQuery } from '@apollo/client/react';
import { PortalJourneyDocument } from '@relais/graphql-client';
import { Alert, Card, errorMessage, Spinner, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { nextStep } from './journey-text';
import { TierCard } from './TierCard';

/** The home page's short view of the journey: the current stage, its next step, and the tier. */
export function JourneyHomeCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(PortalJourneyDocument, { fetchPolicy: 'cache-and-network' });
  const data = query.data;
  const current = data?.journey.stages.find((s) => s.status === 'CURRENT');
  const todo = current?.criteria.find((c) => !c.met);
  return (
    <div className="r-grid r-grid--2">
      <Card
        title={t('progression.journey.homeTitle')}
        footer={
          <Link className="r-button r-button--secondary r-button--sm" to="/journey">
            {t('progression.journey.homeLink')}
          </Link>
        }
      >
        {data ? (
          <>
            <p className="journey-tier__name">{current ? t(`progression.stage.${current.stage}`) : t('progression.journey.done')}</p>
            {todo ? <p>{t('progression.journey.homeNext', { sentence: nextStep(t, format, todo.criterion, todo.missing) })}</p> : null}
          </>
        ) : query.error ? (
          <Alert tone="error">{errorMessage(t, query.error)}</Alert>
        ) : (
          <Spinner label={t('common.loading')} />
        )}
      </Card>
      {data ? <TierCard status={data.tierStatus} compact /> : null}
    </div>
  );
}

import './objectives.css';

import { useQuery } from '@apollo/client/react';
import { ObjectivesDocument } from '@relais/graphql-client';
import { Alert, errorMessage, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ObjectiveCard } from './ObjectiveCard';

/** The home page's objectives: those in progress (the three ending soonest), with a link to all. */
export function HomeObjectivesCard() {
  const { t } = useTranslation();
  const query = useQuery(ObjectivesDocument, { variables: { filter: { status: 'ACTIVE' }, page: { limit: 3 } }, fetchPolicy: 'cache-and-network' });
  const items = query.data?.objectives.items;
  return (
    <section aria-labelledby="home-objectives" className="r-stack">
      <div className="objective-card__head">
        <h2 id="home-objectives">{t('objectives.homeTitle')}</h2>
        <Link className="r-button r-button--secondary r-button--sm" to="/objectives">
          {t('objectives.homeLink')}
        </Link>
      </div>
      {items ? (
        items.length ? (
          <ul className="objective-list">
            {items.map((objective) => (
              <ObjectiveCard key={objective.id} objective={objective} compact />
            ))}
          </ul>
        ) : (
          <p className="r-muted">{t('objectives.homeNone')}</p>
        )
      ) : query.error ? (
        <Alert tone="error">{errorMessage(t, query.error)}</Alert>
      ) : (
        <Spinner label={t('common.loading')} />
      )}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { MyChallengesDocument } from '@relais/graphql-client';
import { Card } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localized } from './challenge-text';

/** Home: how many challenges run now, and the first one to jump into. */
export function HomeChallengesCard() {
  const { t, i18n } = useTranslation();
  const list = useQuery(MyChallengesDocument, { fetchPolicy: 'cache-and-network' });
  const live = (list.data?.challenges ?? []).filter((c) => c.status === 'LIVE');
  return (
    <Card
      title={t('challenges.homeCard')}
      footer={
        <Link className="r-button r-button--secondary r-button--sm" to="/challenges">
          {t('challenges.homeLink')}
        </Link>
      }
    >
      <p>{live.length ? t('challenges.homeLive', { count: live.length }) : t('challenges.homeNone')}</p>
      {live[0] ? (
        <p>
          <Link to={`/challenges/${live[0].id}`}>{localized(live[0].title, i18n.resolvedLanguage)}</Link>
        </p>
      ) : null}
    </Card>
  );
}

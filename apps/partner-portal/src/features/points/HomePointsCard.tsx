import './points.css';

import { useQuery } from '@apollo/client/react';
import { PortalMyPointsDocument, useSession } from '@relais/graphql-client';
import { Alert, Card, errorMessage, Spinner, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The home page's points card: the real available balance and the way to the details. */
export function HomePointsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const points = useQuery(PortalMyPointsDocument, { fetchPolicy: 'cache-and-network' });
  const data = points.data?.myPoints;
  return (
    <Card
      title={t('portalPoints.home.title')}
      className="points-home"
      footer={
        <Link className="r-button r-button--secondary r-button--sm" to="/points">
          {t('portalPoints.home.link')}
        </Link>
      }
    >
      {data ? (
        <>
          <p className="points-home__value">
            {t('portalPoints.points', { count: data.user.available, formatted: format.number(data.user.available) })}{' '}
            <span>{t('portalPoints.home.available')}</span>
          </p>
          {data.user.pending > 0 ? <p className="r-muted">{t('portalPoints.home.pending', { formatted: format.number(data.user.pending) })}</p> : null}
          <p className="r-muted">
            {t('portalPoints.home.partnerAvailable', { partner: user?.partner?.name ?? '', formatted: format.number(data.partner.available) })}
          </p>
        </>
      ) : points.error ? (
        <Alert tone="error">{errorMessage(t, points.error)}</Alert>
      ) : (
        <Spinner label={t('common.loading')} />
      )}
    </Card>
  );
}

import './badges.css';

import { useQuery } from '@apollo/client/react';
import { MyBadgesDocument } from '@relais/graphql-client';
import { Alert, BadgeIcon, Card, errorMessage, Spinner, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { inLanguage, splitWall } from './badge-text';

/** The home page's badge: the latest one earned, or an invitation to see what can be earned. */
export function HomeBadgesCard() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const query = useQuery(MyBadgesDocument, { fetchPolicy: 'cache-and-network' });
  const latest = query.data ? splitWall(query.data.myBadges).earned[0] : undefined;
  return (
    <Card
      title={t('badges.homeTitle')}
      footer={
        <Link className="r-button r-button--secondary r-button--sm" to="/badges">
          {t('badges.homeLink')}
        </Link>
      }
    >
      {query.data ? (
        latest ? (
          <div className="r-stack">
            <p className="r-muted">{t('badges.homeLatest')}</p>
            <p className="home-badge">
              <BadgeIcon icon={latest.badge.icon} />
              <span>
                <strong>{inLanguage(i18n.resolvedLanguage, latest.badge.nameEn, latest.badge.nameFr)}</strong>
                <br />
                <span className="r-muted">{t('badges.earnedOn', { date: format.date(latest.lastEarnedAt) })}</span>
              </span>
            </p>
          </div>
        ) : (
          <p>{t('badges.homeNone')}</p>
        )
      ) : query.error ? (
        <Alert tone="error">{errorMessage(t, query.error)}</Alert>
      ) : (
        <Spinner label={t('common.loading')} />
      )}
    </Card>
  );
}

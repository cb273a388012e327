import './badges.css';

import { useQuery } from '@apollo/client/react';
import { MyBadgesDocument } from '@relais/graphql-client';
import { Alert, EmptyState, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { splitWall } from './badge-text';
import { BadgeCard } from './BadgeCard';

/** The badge wall: badges earned (with their date) and the ones still to earn (with progress). */
export function BadgesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('badges.title'));
  const query = useQuery(MyBadgesDocument, { fetchPolicy: 'cache-and-network' });
  const badges = query.data?.myBadges;
  const { earned, toEarn } = splitWall(badges ?? []);
  return (
    <div className="r-stack">
      <PageHeader title={t('badges.title')} intro={t('badges.intro')} />
      {query.error && !badges ? <Alert tone="error">{errorMessage(t, query.error) || t('badges.loadFailed')}</Alert> : null}
      {!badges && query.loading ? <Spinner label={t('common.loading')} /> : null}
      {badges && badges.length === 0 ? <EmptyState title={t('badges.empty')} /> : null}
      {badges && badges.length > 0 ? (
        <>
          <section aria-labelledby="badges-earned" className="r-stack">
            <h2 id="badges-earned">{t('badges.earnedTitle')}</h2>
            {earned.length ? (
              <ul className="badge-wall">
                {earned.map((item) => (
                  <BadgeCard key={item.badge.id} item={item} />
                ))}
              </ul>
            ) : (
              <p className="r-muted">{t('badges.noneEarned')}</p>
            )}
          </section>
          <section aria-labelledby="badges-to-earn" className="r-stack">
            <h2 id="badges-to-earn">{t('badges.toEarnTitle')}</h2>
            {toEarn.length ? (
              <ul className="badge-wall">
                {toEarn.map((item) => (
                  <BadgeCard key={item.badge.id} item={item} />
                ))}
              </ul>
            ) : (
              <p className="r-muted">{t('badges.noneToEarn')}</p>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}

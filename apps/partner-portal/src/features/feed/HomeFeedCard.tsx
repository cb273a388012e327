import './feed.css';

import { useQuery } from '@apollo/client/react';
import { ActivityFeedDocument } from '@relais/graphql-client';
import { Alert, Card, errorMessage, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FeedList } from './FeedList';

/** The home page's short feed: the latest few achievements; nothing at all when the brand turned the feed off. */
export function HomeFeedCard() {
  const { t } = useTranslation();
  const { data, error } = useQuery(ActivityFeedDocument, { variables: { page: { offset: 0, limit: 4 } }, fetchPolicy: 'cache-and-network' });
  const feed = data?.activityFeed;
  if (feed && !feed.enabled) return null;
  return (
    <Card
      title={t('feed.homeTitle')}
      footer={
        <Link className="r-button r-button--secondary r-button--sm" to="/feed">
          {t('feed.homeLink')}
        </Link>
      }
    >
      {feed ? (
        feed.items.length > 0 ? <FeedList items={feed.items} label={t('feed.homeTitle')} /> : <p>{t('feed.empty')}</p>
      ) : error ? (
        <Alert tone="error">{errorMessage(t, error)}</Alert>
      ) : (
        <Spinner label={t('common.loading')} />
      )}
    </Card>
  );
}

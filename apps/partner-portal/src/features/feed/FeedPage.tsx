import './feed.css';

import { useQuery } from '@apollo/client/react';
import { ActivityFeedDocument } from '@relais/graphql-client';
import { Alert, Button, EmptyState, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FeedList } from './FeedList';

const PAGE_SIZE = 20;

/** The network's achievements, newest first; older ones page by page. */
export function FeedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('feed.title'));
  const [offset, setOffset] = useState(0);
  const { data, error, loading, previousData } = useQuery(ActivityFeedDocument, { variables: { page: { offset, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const feed = (data ?? previousData)?.activityFeed;

  return (
    <div className="r-stack">
      <PageHeader title={t('feed.title')} intro={t('feed.intro')} />
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {!feed && loading ? <Spinner label={t('common.loading')} /> : null}
      {feed && !feed.enabled ? <EmptyState title={t('feed.disabled')} /> : null}
      {feed?.enabled && feed.items.length === 0 ? <EmptyState title={t('feed.empty')}>{t('feed.emptyBody')}</EmptyState> : null}
      {feed?.enabled && feed.items.length > 0 ? <FeedList items={feed.items} label={t('feed.listLabel')} /> : null}
      {feed?.enabled && (offset > 0 || feed.hasMore) ? (
        <nav className="r-pagination" aria-label={t('feed.pages')}>
          <p className="r-pagination__summary" aria-live="polite">
            {t('feed.pageOf', { page: offset / PAGE_SIZE + 1 })}
          </p>
          <div className="r-pagination__buttons">
            <Button variant="secondary" size="sm" disabled={offset === 0 || loading} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {t('feed.newer')}
            </Button>
            <Button variant="secondary" size="sm" disabled={!feed.hasMore || loading} onClick={() => setOffset(offset + PAGE_SIZE)}>
              {t('feed.older')}
            </Button>
          </div>
        </nav>
      ) : null}
    </div>
  );
}

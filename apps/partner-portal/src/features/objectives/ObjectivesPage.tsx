import './objectives.css';

import { useQuery } from '@apollo/client/react';
import { ObjectivesDocument, useSession } from '@relais/graphql-client';
import { Alert, EmptyState, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ObjectiveCard } from './ObjectiveCard';

/**
 * The objectives the viewer may see (the API scopes them): the company's and their own, and for a
 * partner admin every member's too. In progress first, then upcoming, reached and missed.
 */
export function ObjectivesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(t('objectives.title'));
  const query = useQuery(ObjectivesDocument, { variables: { page: { limit: 100 } }, fetchPolicy: 'cache-and-network' });
  const items = query.data?.objectives.items;
  const order = ['ACTIVE', 'UPCOMING', 'REACHED', 'MISSED'];
  const sorted = [...(items ?? [])].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return (
    <div className="r-stack">
      <PageHeader title={t('objectives.title')} intro={user?.role === 'PARTNER_ADMIN' ? t('objectives.teamIntro') : t('objectives.intro')} />
      {query.error && !items ? <Alert tone="error">{errorMessage(t, query.error) || t('objectives.loadFailed')}</Alert> : null}
      {!items && query.loading ? <Spinner label={t('common.loading')} /> : null}
      {items && items.length === 0 ? <EmptyState title={t('objectives.empty')} /> : null}
      {sorted.length > 0 ? (
        <ul className="objective-list">
          {sorted.map((objective) => (
            <ObjectiveCard key={objective.id} objective={objective} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

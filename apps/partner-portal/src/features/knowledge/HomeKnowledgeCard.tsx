import { useQuery } from '@apollo/client/react';
import { PortalArticlesDocument } from '@relais/graphql-client';
import { Card } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The articles the brand pinned, on the home page; nothing while none is. */
export function HomeKnowledgeCard() {
  const { t } = useTranslation();
  const pinned = useQuery(PortalArticlesDocument, { variables: { filter: { pinned: true }, page: { offset: 0, limit: 5 } } });
  const items = pinned.data?.articles.items ?? [];
  if (!items.length) return null;
  return (
    <Card
      title={t('knowledge.portal.home.title')}
      footer={
        <Link className="r-button r-button--secondary r-button--sm" to="/knowledge">
          {t('knowledge.portal.home.all')}
        </Link>
      }
    >
      <ul className="r-stack">
        {items.map((article) => (
          <li key={article.id}>
            <Link to={`/knowledge/${article.id}`}>{article.title}</Link> <span className="r-muted">· {t(`knowledge.kind.${article.kind}`)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

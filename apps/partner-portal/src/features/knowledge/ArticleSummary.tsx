import type { PortalArticleSummaryFragment } from '@relais/graphql-client';
import { Badge, useFormat } from '@relais/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** One article in a list: its title as a link, kind, date, pin, and what else the list shows (a search passage). */
export function ArticleSummary({ article, title, children }: { article: PortalArticleSummaryFragment; title?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="kb-item">
      <h3 className="kb-item__title">
        <Link to={`/knowledge/${article.id}`}>{title ?? article.title}</Link>
      </h3>
      <p className="kb-item__meta">
        <Badge tone="info">{t(`knowledge.kind.${article.kind}`)}</Badge>
        {article.pinned ? <Badge tone="warning">{t('knowledge.portal.pinned')}</Badge> : null}
        {article.publishAt ? <span className="r-muted">{t('knowledge.portal.publishedOn', { date: format.date(article.publishAt) })}</span> : null}
      </p>
      {children}
    </li>
  );
}

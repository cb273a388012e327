import { useQuery } from '@apollo/client/react';
import { ARTICLE_KINDS } from '@relais/domain';
import { type ArticleKind, PortalArticlesDocument, PortalArticleTagsDocument } from '@relais/graphql-client';
import { Alert, Button, EmptyState, errorMessage, LiveRegion, Pagination, Select, Spinner } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ArticleSummary } from './ArticleSummary';

const PAGE_SIZE = 20;

/** What's new: the articles open to me, newest first, by kind and tag. */
export function KnowledgeBrowse() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ArticleKind | ''>('');
  const [tag, setTag] = useState('');
  const [offset, setOffset] = useState(0);
  const tags = useQuery(PortalArticleTagsDocument);
  const list = useQuery(PortalArticlesDocument, {
    variables: { filter: { kinds: kind ? [kind] : null, tag: tag || null }, page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (list.data ?? list.previousData)?.articles;
  const filtered = Boolean(kind || tag);
  return (
    <section aria-labelledby="kb-browse-title" className="r-stack">
      <h2 id="kb-browse-title">{filtered ? t('knowledge.portal.browse.title') : t('knowledge.portal.whatsNew')}</h2>
      <div className="kb-filters">
        <Select
          label={t('knowledge.portal.browse.kind')}
          placeholder={t('knowledge.portal.browse.allKinds')}
          options={ARTICLE_KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ArticleKind | '');
            setOffset(0);
          }}
        />
        <Select
          label={t('knowledge.portal.browse.tag')}
          placeholder={t('knowledge.portal.browse.allTags')}
          options={(tags.data?.articleTags ?? []).map((value) => ({ value, label: value }))}
          value={tag}
          onChange={(event) => {
            setTag(event.target.value);
            setOffset(0);
          }}
        />
      </div>
      <LiveRegion message={page && !list.loading ? t('knowledge.portal.browse.results', { count: page.total }) : null} />
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {!page && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {page && page.items.length === 0 ? (
        <EmptyState
          title={filtered ? t('knowledge.portal.browse.emptyFiltered') : t('knowledge.portal.browse.empty')}
          action={
            filtered ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setKind('');
                  setTag('');
                  setOffset(0);
                }}
              >
                {t('knowledge.portal.browse.reset')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {page && page.items.length > 0 ? (
        <>
          <ul className="kb-list">
            {page.items.map((article) => (
              <ArticleSummary key={article.id} article={article} />
            ))}
          </ul>
          <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      ) : null}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { PortalArticleSearchDocument } from '@relais/graphql-client';
import { Alert, errorMessage, LiveRegion, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ArticleSummary } from './ArticleSummary';
import { Highlighted } from './Highlighted';

/** Ranked results of a full-text search, the matched words marked in the title and the passages. */
export function KnowledgeSearch({ query }: { query: string }) {
  const { t } = useTranslation();
  const search = useQuery(PortalArticleSearchDocument, { variables: { query }, fetchPolicy: 'cache-and-network' });
  const hits = (search.data ?? search.previousData)?.articleSearch;
  return (
    <section aria-labelledby="kb-search-results" className="r-stack">
      <h2 id="kb-search-results">{t('knowledge.portal.search.submit')}</h2>
      <LiveRegion message={hits && !search.loading ? (hits.length ? t('knowledge.portal.search.results', { count: hits.length }) : t('knowledge.portal.search.none', { query })) : null} />
      {search.error ? <Alert tone="error">{errorMessage(t, search.error)}</Alert> : null}
      {!hits && search.loading ? <Spinner label={t('common.loading')} /> : null}
      {hits && hits.length > 0 ? (
        <ol className="kb-list">
          {hits.map((hit) => (
            <ArticleSummary key={hit.article.id} article={hit.article} title={<Highlighted fragments={hit.title} />}>
              {hit.snippet.length ? (
                <p className="kb-item__snippet">
                  <Highlighted fragments={hit.snippet} />
                </p>
              ) : null}
            </ArticleSummary>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

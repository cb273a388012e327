import './knowledge.css';

import { useQuery } from '@apollo/client/react';
import { PortalArticleDocument } from '@relais/graphql-client';
import { Alert, Badge, errorMessage, fileSize, Spinner, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

/**
 * One article. Opening it records my reading (the API does it once per person). Its body is the
 * API's safe rendering of the Markdown, with file URLs signed for me.
 */
export function ArticlePage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const result = useQuery(PortalArticleDocument, { variables: { id } });
  const article = result.data?.article;
  useDocumentTitle(article?.title ?? t('knowledge.portal.title'));
  return (
    <div className="r-stack">
      <p>
        <Link to="/knowledge">{t('knowledge.portal.backToList')}</Link>
      </p>
      {result.error ? <Alert tone="error">{errorMessage(t, result.error)}</Alert> : null}
      {result.loading && !article ? <Spinner label={t('common.loading')} /> : null}
      {article ? (
        <article className="kb-article" lang={article.language}>
          <header className="r-stack">
            <h1>{article.title}</h1>
            <p className="kb-item__meta">
              <Badge tone="info">{t(`knowledge.kind.${article.kind}`)}</Badge>
              {article.publishAt ? <span className="r-muted">{t('knowledge.portal.publishedOn', { date: format.date(article.publishAt) })}</span> : null}
              {article.tags.map((tag) => (
                <Link key={tag} className="kb-tag" to={`/knowledge?q=${encodeURIComponent(tag)}`}>
                  #{tag}
                </Link>
              ))}
            </p>
            {article.language !== i18n.language.slice(0, 2) ? (
              <p className="r-muted" lang={i18n.language}>
                {t('knowledge.portal.otherLanguage')}
              </p>
            ) : null}
          </header>
          {/* Rendered by the API's one Markdown renderer: no raw HTML, no script URL; safe to insert. */}
          <div className="kb-article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
          {article.attachments.length ? (
            <section aria-labelledby="kb-files" lang={i18n.language}>
              <h2 id="kb-files">{t('knowledge.portal.attachments')}</h2>
              <ul className="kb-files">
                {article.attachments.map((file) => (
                  <li key={file.id}>
                    <a href={file.downloadUrl} download={file.fileName} aria-label={t('knowledge.portal.download', { name: file.fileName })}>
                      {file.fileName}
                    </a>{' '}
                    <span className="r-muted">({fileSize(format, file.size)})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </article>
      ) : null}
    </div>
  );
}

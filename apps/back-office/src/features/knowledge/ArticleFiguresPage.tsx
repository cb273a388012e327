import './knowledge.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeArticleDocument, BackOfficeArticleFiguresDocument, type BackOfficeArticleFiguresQuery, useSession } from '@relais/graphql-client';
import { Alert, errorMessage, PageHeader, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

type SegmentRow = BackOfficeArticleFiguresQuery['articleFigures']['bySegment'][number];

/** Reads and downloads of one article, by segment; a channel manager sees their own partners only. */
export function ArticleFiguresPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const article = useQuery(BackOfficeArticleDocument, { variables: { id } });
  const figures = useQuery(BackOfficeArticleFiguresDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const f = (key: string) => t(`knowledge.backoffice.figures.${key}`);
  const title = article.data?.article.title ?? f('title');
  useDocumentTitle(`${f('title')} · ${title}`);
  const data = figures.data?.articleFigures;
  const error = article.error ?? figures.error;
  const tiles: [string, number | null | undefined][] = data
    ? [
        ['views', data.views],
        ['uniqueReaders', data.uniqueReaders],
        ['readingPartners', data.readingPartners],
        ['downloads', data.downloads],
      ]
    : [];
  return (
    <div className="r-stack">
      <p className="bo-back">
        <Link to="/knowledge">
          <span aria-hidden="true">‹ </span>
          {t('knowledge.backoffice.editor.backToList')}
        </Link>
      </p>
      <PageHeader title={title} intro={user?.role === 'CHANNEL_MANAGER' ? f('scopeNote') : undefined} />
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {figures.loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {data ? (
        <section aria-labelledby="kb-figures-title" className="r-stack">
          <h2 id="kb-figures-title">{f('title')}</h2>
          <dl className="bo-kb-figures">
            {tiles
              .filter(([, value]) => value !== null && value !== undefined)
              .map(([key, value]) => (
                <div key={key}>
                  <dt>{f(key)}</dt>
                  <dd>{format.number(value ?? 0)}</dd>
                </div>
              ))}
          </dl>
          <Table
            caption={f('bySegment')}
            columns={[
              { key: 'segment', header: f('segment'), cell: (row: SegmentRow) => row.segmentName },
              { key: 'partners', header: f('partners'), align: 'end', cell: (row: SegmentRow) => format.number(row.partners) },
              { key: 'readers', header: f('readers'), align: 'end', cell: (row: SegmentRow) => format.number(row.readers) },
              { key: 'downloads', header: f('downloads'), align: 'end', cell: (row: SegmentRow) => format.number(row.downloads) },
            ]}
            rows={data.bySegment}
            rowKey={(row) => row.segmentId}
            empty={<p className="r-muted">{f('noSegment')}</p>}
          />
        </section>
      ) : null}
    </div>
  );
}

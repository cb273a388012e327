import './knowledge.css';

import { useQuery } from '@apollo/client/react';
import { ARTICLE_KINDS, ARTICLE_STATUSES } from '@relais/domain';
import { type ArticleKind, type ArticleStatus, BackOfficeArticlesDocument, type BackOfficeArticlesQuery, useSession } from '@relais/graphql-client';
import { Alert, Badge, EmptyState, errorMessage, LiveRegion, PageHeader, Pagination, Select, Spinner, statusTone, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { can } from '../../app/access';

type Row = BackOfficeArticlesQuery['articles']['items'][number];
const PAGE_SIZE = 25;

/** Every article with its status; brand admins open the editor, channel managers the figures of their partners. */
export function ArticlesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const writer = can(user?.role, 'knowledge.write');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [kind, setKind] = useState<ArticleKind | ''>('');
  const [offset, setOffset] = useState(0);
  useDocumentTitle(t('knowledge.backoffice.title'));
  const list = useQuery(BackOfficeArticlesDocument, {
    variables: { filter: { statuses: status ? [status] : null, kinds: kind ? [kind] : null }, page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (list.data ?? list.previousData)?.articles;
  const l = (key: string) => t(`knowledge.backoffice.list.${key}`);
  const columns = [
    {
      key: 'title',
      header: l('title'),
      cell: (row: Row) => <Link to={writer ? `/knowledge/${row.id}` : `/knowledge/${row.id}/figures`}>{row.title || l('untitled')}</Link>,
    },
    { key: 'kind', header: l('kind'), cell: (row: Row) => t(`knowledge.kind.${row.kind}`) },
    { key: 'status', header: l('status'), cell: (row: Row) => <Badge tone={statusTone(row.status)}>{t(`knowledge.status.${row.status}`)}</Badge> },
    { key: 'publishAt', header: l('publishAt'), cell: (row: Row) => (row.publishAt ? format.dateTime(row.publishAt) : '—') },
    { key: 'pinned', header: l('pinned'), cell: (row: Row) => (row.pinned ? '★' : '') },
    { key: 'figures', header: l('figures'), hideHeader: true, cell: (row: Row) => <Link to={`/knowledge/${row.id}/figures`}>{l('figures')}</Link> },
  ];
  return (
    <div className="r-stack">
      <PageHeader
        title={t('knowledge.backoffice.title')}
        intro={t('knowledge.backoffice.intro')}
        actions={
          writer ? (
            <Link className="r-button r-button--primary" to="/knowledge/new">
              {t('knowledge.backoffice.create')}
            </Link>
          ) : null
        }
      />
      <LiveRegion message={notice} tone="success" />
      <form className="bo-kb-filters" aria-label={t('knowledge.backoffice.filters.title')} onSubmit={(event) => event.preventDefault()}>
        <Select
          label={t('knowledge.backoffice.filters.status')}
          placeholder={t('knowledge.backoffice.filters.allStatuses')}
          options={ARTICLE_STATUSES.map((value) => ({ value, label: t(`knowledge.status.${value}`) }))}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as ArticleStatus | '');
            setOffset(0);
          }}
        />
        <Select
          label={t('knowledge.backoffice.filters.kind')}
          placeholder={t('knowledge.backoffice.filters.allKinds')}
          options={ARTICLE_KINDS.map((value) => ({ value, label: t(`knowledge.kind.${value}`) }))}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ArticleKind | '');
            setOffset(0);
          }}
        />
      </form>
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {!page && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {page ? (
        <>
          <Table
            caption={t('knowledge.backoffice.title')}
            captionHidden
            columns={columns}
            rows={page.items}
            rowKey={(row) => row.id}
            empty={<EmptyState title={status || kind ? l('emptyFiltered') : l('empty')} />}
          />
          <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      ) : null}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { BackofficeChallengesDocument,type BackofficeChallengesQuery } from '@relais/graphql-client';
import { Alert, Badge, type Column, errorMessage, LiveRegion, PageHeader, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

type Row = BackofficeChallengesQuery['challenges'][number];

/** Challenges in the reader's scope (a channel manager: their own), newest start first. */
export function ChallengesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  useDocumentTitle(t('challenges.title'));
  const { data, loading, error } = useQuery(BackofficeChallengesDocument, { fetchPolicy: 'cache-and-network' });
  const title = (row: Row) => (i18n.resolvedLanguage?.startsWith('fr') ? row.title.fr : row.title.en);
  const columns: Column<Row>[] = [
    { key: 'title', header: t('challenges.columns.title'), cell: (row) => <Link to={`/challenges/${row.id}`}>{title(row)}</Link> },
    { key: 'status', header: t('challenges.columns.status'), cell: (row) => <Badge tone={row.status === 'LIVE' ? 'success' : 'neutral'}>{t(`challenges.status.${row.status}`)}</Badge> },
    { key: 'kind', header: t('challenges.columns.kind'), cell: (row) => t(`challenges.kind.${row.kind}`) },
    { key: 'period', header: t('challenges.columns.period'), cell: (row) => t('challenges.period', { start: format.date(row.startsAt), end: format.date(row.endsAt) }) },
  ];
  return (
    <>
      <PageHeader
        title={t('challenges.title')}
        actions={
          <Link className="r-button r-button--primary" to="/challenges/new">
            {t('challenges.new')}
          </Link>
        }
      />
      <LiveRegion message={notice} tone="success" />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? <Table caption={t('challenges.title')} captionHidden columns={columns} rows={data.challenges} rowKey={(row) => row.id} empty={t('challenges.empty')} /> : null}
    </>
  );
}

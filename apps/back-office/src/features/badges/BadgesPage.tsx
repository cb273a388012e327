import './badges.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeBadgesDocument, type BadgeFieldsFragment } from '@relais/graphql-client';
import { Alert, Badge, BadgeIcon, type Column, errorMessage, LiveRegion, PageHeader, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { badgeRuleText } from './badge-form';

/** Every badge with its rule, points, state and how many times it was earned (brand admins). */
export function BadgesPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  useDocumentTitle(t('badges.admin.title'));
  const query = useQuery(BackOfficeBadgesDocument, { fetchPolicy: 'cache-and-network' });
  const fr = (i18n.resolvedLanguage ?? '').startsWith('fr');
  const columns: Column<BadgeFieldsFragment>[] = [
    {
      key: 'name',
      header: t('badges.admin.name'),
      cell: (b) => (
        <span className="bo-badge-name">
          <BadgeIcon icon={b.icon} />
          <Link to={`/badges/${b.id}`}>{fr ? b.nameFr : b.nameEn}</Link>
        </span>
      ),
    },
    { key: 'rule', header: t('badges.admin.rule'), cell: (b) => badgeRuleText(t, format, b) },
    { key: 'points', header: t('badges.admin.points'), align: 'end', cell: (b) => format.number(b.points) },
    { key: 'state', header: t('badges.admin.state'), cell: (b) => <Badge tone={b.active ? 'success' : 'neutral'}>{b.active ? t('badges.admin.active') : t('badges.admin.inactive')}</Badge> },
    { key: 'earned', header: t('badges.admin.earnedCount'), align: 'end', cell: (b) => format.number(b.earnedCount) },
  ];
  return (
    <>
      <PageHeader
        title={t('badges.admin.title')}
        intro={t('badges.admin.intro')}
        actions={
          <Link className="r-button r-button--primary" to="/badges/new">
            {t('badges.admin.create')}
          </Link>
        }
      />
      <LiveRegion message={notice} tone="success" />
      {query.error && !query.data ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
      {query.data ? (
        <Table caption={t('badges.admin.listLabel')} captionHidden columns={columns} rows={query.data.badges} rowKey={(b) => b.id} empty={t('badges.admin.empty')} />
      ) : query.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
    </>
  );
}

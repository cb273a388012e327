import { useQuery } from '@apollo/client/react';
import { type BackOfficeSegmentFragment, BackOfficeSegmentsDocument, TierProgrammeDocument, useSession } from '@relais/graphql-client';
import { Alert, type Column, errorMessage, LiveRegion, PageHeader, Spinner, Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { can } from '../../app/access';
import { criteriaSummary } from './criteriaSummary';

export function SegmentsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice ?? null;
  const mayWrite = can(user?.role, 'segments.write');
  const { data, loading, error } = useQuery(BackOfficeSegmentsDocument);
  const tiers = useQuery(TierProgrammeDocument).data?.tierProgramme.tiers ?? [];
  const tierName = (id: string) => {
    const tier = tiers.find((x) => x.id === id);
    return tier ? (i18n.language.startsWith('fr') ? tier.nameFr : tier.nameEn) : id;
  };

  const columns: Column<BackOfficeSegmentFragment>[] = [
    { key: 'name', header: t('backoffice.segments.fields.name'), cell: (s) => (mayWrite ? <Link to={`/segments/${s.id}`}>{s.name}</Link> : s.name) },
    { key: 'criteria', header: t('backoffice.segments.fields.criteria'), cell: (s) => criteriaSummary(t, i18n.language, s.criteria, tierName) },
    { key: 'members', header: t('backoffice.segments.fields.memberCount'), cell: (s) => format.number(s.memberCount), align: 'end' },
    { key: 'updated', header: t('backoffice.segments.fields.updatedAt'), cell: (s) => format.date(s.updatedAt) },
  ];

  return (
    <>
      <PageHeader
        title={t('backoffice.segments.title')}
        actions={
          mayWrite ? (
            <Link className="r-button r-button--primary" to="/segments/new">
              {t('backoffice.segments.create')}
            </Link>
          ) : null
        }
      />
      <LiveRegion message={notice} tone="success" />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? (
        <Table
          caption={t('backoffice.segments.tableCaption')}
          captionHidden
          columns={columns}
          rows={data.segments}
          rowKey={(s) => s.id}
          empty={t('backoffice.segments.empty')}
        />
      ) : null}
    </>
  );
}

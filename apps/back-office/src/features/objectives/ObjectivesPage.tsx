import './objectives.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficePartnersDocument, type ObjectiveFieldsFragment, ObjectivesDocument, type ObjectiveStatus, useSession } from '@relais/graphql-client';
import { Alert, Badge, type Column, errorMessage, PageHeader, Pagination, Select, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ObjectiveSettingsCard } from './ObjectiveSettingsCard';

const STATUSES: ObjectiveStatus[] = ['ACTIVE', 'UPCOMING', 'REACHED', 'MISSED'];
const TONES = { UPCOMING: 'neutral', ACTIVE: 'info', REACHED: 'success', MISSED: 'warning' } as const;
const PAGE = 25;
const day = (value: string) => `${value}T12:00:00`;

/** Objectives in the viewer's scope (the API scopes them), filtered by partner and status, with live progress. */
export function ObjectivesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  useDocumentTitle(t('objectives.admin.title'));
  const [partnerId, setPartnerId] = useState('');
  const [status, setStatus] = useState('');
  const [offset, setOffset] = useState(0);
  const partners = useQuery(BackOfficePartnersDocument, { variables: { page: { limit: 100 } } });
  const query = useQuery(ObjectivesDocument, {
    variables: { filter: { partnerId: partnerId || null, status: (status || null) as ObjectiveStatus | null }, page: { offset, limit: PAGE } },
    fetchPolicy: 'cache-and-network',
  });
  const value = (o: ObjectiveFieldsFragment, n: number) => (o.metric === 'SALES_AMOUNT' ? format.currency(n) : format.number(n));
  const columns: Column<ObjectiveFieldsFragment>[] = [
    { key: 'owner', header: t('objectives.admin.owner'), cell: (o) => (o.userName ? `${o.partnerName} · ${o.userName}` : o.partnerName) },
    {
      key: 'measure',
      header: t('objectives.admin.measure'),
      cell: (o) => `${o.category ? t('objectives.inCategory', { metric: t(`objectives.metric.${o.metric}`), category: o.category }) : t(`objectives.metric.${o.metric}`)} ≥ ${value(o, o.target)}`,
    },
    { key: 'dates', header: t('objectives.admin.dates'), cell: (o) => t('objectives.period', { start: format.date(day(o.startDay)), end: format.date(day(o.endDay)) }) },
    {
      key: 'progress',
      header: t('objectives.admin.progress'),
      cell: (o) => {
        const text = t('objectives.progress', { value: value(o, Math.min(o.value, o.target)), target: value(o, o.target) });
        return (
          <span className="bo-objective-progress">
            <progress max={o.target} value={Math.min(o.value, o.target)} aria-label={text} />
            <span>{text}</span>
          </span>
        );
      },
    },
    { key: 'status', header: t('objectives.admin.filterStatus'), cell: (o) => <Badge tone={TONES[o.status]}>{t(`objectives.status.${o.status}`)}</Badge> },
  ];
  const data = query.data?.objectives;
  return (
    <>
      <PageHeader
        title={t('objectives.admin.title')}
        intro={t('objectives.admin.intro')}
        actions={
          <>
            <Link className="r-button r-button--primary" to="/objectives/new">
              {t('objectives.admin.createTitle')}
            </Link>
            <Link className="r-button r-button--secondary" to="/objectives/import">
              {t('objectives.admin.importTitle')}
            </Link>
          </>
        }
      />
      <div className="r-grid r-grid--2">
        <Select
          label={t('objectives.admin.filterPartner')}
          value={partnerId}
          onChange={(e) => {
            setPartnerId(e.target.value);
            setOffset(0);
          }}
          placeholder={t('objectives.admin.anyPartner')}
          options={(partners.data?.partners.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }))}
        />
        <Select
          label={t('objectives.admin.filterStatus')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value);
            setOffset(0);
          }}
          placeholder={t('objectives.admin.anyStatus')}
          options={STATUSES.map((s) => ({ value: s, label: t(`objectives.status.${s}`) }))}
        />
      </div>
      {query.error && !data ? <Alert tone="error">{errorMessage(t, query.error)}</Alert> : null}
      {data ? (
        <>
          <Table caption={t('objectives.admin.listLabel')} captionHidden columns={columns} rows={data.items} rowKey={(o) => o.id} empty={t('objectives.admin.empty')} />
          <Pagination offset={offset} limit={PAGE} total={data.total} onChange={setOffset} />
        </>
      ) : query.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
      {user?.role === 'BRAND_ADMIN' ? <ObjectiveSettingsCard /> : null}
    </>
  );
}

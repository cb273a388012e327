import { useQuery } from '@apollo/client/react';
import { type BackOfficeApplicationFragment, BackOfficeApplicationsDocument } from '@relais/graphql-client';
import { Alert, Badge, Button, Card, type Column, errorMessage, LiveRegion, PageHeader, Spinner, statusTone, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { countryName } from '../../lib/countries';
import { AcceptApplicationDialog } from './AcceptApplicationDialog';
import { DeclineApplicationDialog } from './DeclineApplicationDialog';

type Decision = { kind: 'accept' | 'decline'; application: BackOfficeApplicationFragment } | null;

export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [decision, setDecision] = useState<Decision>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error } = useQuery(BackOfficeApplicationsDocument, { variables: { status: null } });
  const all = data?.applications ?? [];
  const pending = all.filter((a) => a.status === 'PENDING');
  const decided = all.filter((a) => a.status !== 'PENDING');

  const place = (a: BackOfficeApplicationFragment) => [a.city, countryName(a.country, i18n.language)].filter(Boolean).join(', ');
  const contact = (a: BackOfficeApplicationFragment) => (
    <>
      {a.contactFirstName} {a.contactLastName}
      <br />
      <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
      {a.phone ? (
        <>
          <br />
          {a.phone}
        </>
      ) : null}
    </>
  );

  const pendingColumns: Column<BackOfficeApplicationFragment>[] = [
    { key: 'company', header: t('backoffice.applications.fields.company'), cell: (a) => <strong>{a.company}</strong> },
    { key: 'type', header: t('backoffice.applications.fields.type'), cell: (a) => t(`partners.type.${a.type}`) },
    { key: 'place', header: t('backoffice.applications.fields.country'), cell: place },
    { key: 'contact', header: t('backoffice.applications.fields.contact'), cell: contact },
    { key: 'message', header: t('backoffice.applications.fields.message'), cell: (a) => <span className="bo-message">{a.message}</span> },
    { key: 'received', header: t('backoffice.applications.fields.createdAt'), cell: (a) => format.date(a.createdAt) },
    {
      key: 'actions',
      header: t('common.actions'),
      hideHeader: true,
      align: 'end',
      cell: (a) => (
        <div className="r-row-actions">
          <Button size="sm" aria-label={`${t('backoffice.applications.accept')} – ${a.company}`} onClick={() => setDecision({ kind: 'accept', application: a })}>
            {t('backoffice.applications.accept')}
          </Button>
          <Button size="sm" variant="secondary" aria-label={`${t('backoffice.applications.decline')} – ${a.company}`} onClick={() => setDecision({ kind: 'decline', application: a })}>
            {t('backoffice.applications.decline')}
          </Button>
        </div>
      ),
    },
  ];

  const decidedColumns: Column<BackOfficeApplicationFragment>[] = [
    { key: 'company', header: t('backoffice.applications.fields.company'), cell: (a) => a.company },
    { key: 'status', header: t('backoffice.applications.fields.status'), cell: (a) => <Badge tone={statusTone(a.status)}>{t(`applications.status.${a.status}`)}</Badge> },
    { key: 'decided', header: t('backoffice.applications.fields.decidedAt'), cell: (a) => format.date(a.decidedAt) },
    {
      key: 'outcome',
      header: t('backoffice.applications.fields.partner'),
      cell: (a) => (a.partner ? <Link to={`/partners/${a.partner.id}`}>{`${a.partner.name} (${a.partner.code})`}</Link> : (a.decisionMessage ?? '')),
    },
  ];

  return (
    <>
      <PageHeader title={t('backoffice.applications.title')} intro={t('backoffice.applications.intro')} />
      <LiveRegion message={notice} tone="success" />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? (
        <div className="r-stack">
          <Card title={t('backoffice.applications.pending')}>
            <Table caption={t('backoffice.applications.tableCaption')} captionHidden columns={pendingColumns} rows={pending} rowKey={(a) => a.id} empty={t('backoffice.applications.empty')} />
          </Card>
          <Card title={t('backoffice.applications.decided')}>
            <Table caption={t('backoffice.applications.decidedCaption')} captionHidden columns={decidedColumns} rows={decided} rowKey={(a) => a.id} empty={t('backoffice.applications.emptyDecided')} />
          </Card>
        </div>
      ) : null}
      <AcceptApplicationDialog
        application={decision?.kind === 'accept' ? decision.application : null}
        onClose={() => setDecision(null)}
        onAccepted={(message) => {
          setDecision(null);
          setNotice(message);
        }}
      />
      <DeclineApplicationDialog
        application={decision?.kind === 'decline' ? decision.application : null}
        onClose={() => setDecision(null)}
        onDeclined={(message) => {
          setDecision(null);
          setNotice(message);
        }}
      />
    </>
  );
}

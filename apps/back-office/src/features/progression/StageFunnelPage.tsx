import './progression.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeSegmentsDocument, BackOfficeStageFunnelDocument, useSession } from '@relais/graphql-client';
import { Alert, Card, errorMessage, PageHeader, Select, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { can } from '../../app/access';
import { StageFunnelChart } from './StageFunnelChart';

/** Partners of the caller's scope by journey stage, optionally within a segment. */
export function StageFunnelPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  useDocumentTitle(t('backofficeProgression.funnel.title'));
  const [segmentId, setSegmentId] = useState('');
  const segments = useQuery(BackOfficeSegmentsDocument);
  const funnel = useQuery(BackOfficeStageFunnelDocument, { variables: { segmentId: segmentId || null } });
  const data = funnel.data?.stageFunnel;
  const p = (key: string) => `backofficeProgression.funnel.${key}`;
  return (
    <>
      <PageHeader
        title={t(p('title'))}
        intro={t(p('intro'))}
        actions={
          can(user?.role, 'stages.write') ? (
            <Link className="r-button r-button--secondary" to="/journey/stages">
              {t(p('configure'))}
            </Link>
          ) : null
        }
      />
      <Card>
        <Select
          label={t(p('segment'))}
          placeholder={t(p('allPartners'))}
          options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={segmentId}
          onChange={(e) => setSegmentId(e.target.value)}
        />
        {funnel.error ? <Alert tone="error">{errorMessage(t, funnel.error)}</Alert> : null}
        {!data && funnel.loading ? <Spinner label={t('common.loading')} /> : null}
        {data ? (
          <div className="stage-funnel__body" aria-live="polite">
            <p className="r-muted">{t(p('total'), { count: data.total })}</p>
            <StageFunnelChart steps={data.steps} />
            <Table
              caption={t(p('tableCaption'))}
              columns={[
                { key: 'stage', header: t(p('stage')), cell: (s) => t(`progression.stage.${s.stage}`) },
                { key: 'current', header: t(p('current')), cell: (s) => format.number(s.current), align: 'end' },
                { key: 'completed', header: t(p('completed')), cell: (s) => format.number(s.completed), align: 'end' },
              ]}
              rows={data.steps}
              rowKey={(s) => s.stage}
            />
          </div>
        ) : null}
      </Card>
    </>
  );
}

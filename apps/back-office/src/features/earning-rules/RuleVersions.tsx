import { useQuery } from '@apollo/client/react';
import { type BackOfficeEarningRuleFragment, BackOfficeSegmentsDocument } from '@relais/graphql-client';
import { Card, type Column, Spinner, Table, useFormat } from '@relais/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { RuleState, RuleTarget, RuleWindow } from './RuleCells';
import { ruleParameters } from './ruleSummary';

/** Every version of a rule, latest first; the one on screen is marked. */
export function RuleVersions({ versions, currentId, loading }: { versions: readonly BackOfficeEarningRuleFragment[]; currentId: string; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const segments = useQuery(BackOfficeSegmentsDocument);
  const segmentNames = useMemo(() => new Map((segments.data?.segments ?? []).map((s) => [s.id, s.name])), [segments.data]);
  const rows = [...versions].sort((a, b) => b.version - a.version);
  const columns: Column<BackOfficeEarningRuleFragment>[] = [
    {
      key: 'version',
      header: t('backofficePoints.rules.fields.version'),
      cell: (r) => {
        const label = t('backofficePoints.rules.versionLabel', { version: r.version });
        return r.id === currentId ? <strong aria-current="page">{label}</strong> : <Link to={`/earning-rules/${r.id}`}>{label}</Link>;
      },
    },
    { key: 'name', header: t('backofficePoints.rules.fields.name'), cell: (r) => r.name },
    { key: 'parameters', header: t('backofficePoints.rules.fields.parameters'), cell: (r) => ruleParameters(t, r) },
    { key: 'target', header: t('backofficePoints.rules.fields.target'), cell: (r) => <RuleTarget rule={r} segmentName={r.segmentId ? segmentNames.get(r.segmentId) : undefined} /> },
    { key: 'window', header: t('backofficePoints.rules.fields.window'), cell: (r) => <RuleWindow rule={r} /> },
    { key: 'active', header: t('backofficePoints.rules.fields.active'), cell: (r) => <RuleState rule={r} /> },
    { key: 'created', header: t('backofficePoints.rules.fields.createdAt'), cell: (r) => format.dateTime(r.createdAt) },
  ];
  return (
    <Card title={t('backofficePoints.detail.history')} level={2}>
      {loading ? <Spinner label={t('common.loading')} /> : <Table caption={t('backofficePoints.detail.historyCaption')} captionHidden columns={columns} rows={rows} rowKey={(r) => r.id} />}
    </Card>
  );
}

import './earning-rules.css';

import { useQuery } from '@apollo/client/react';
import { type BackOfficeEarningRuleFragment, BackOfficeEarningRulesDocument, BackOfficeSegmentsDocument, type EarningRuleFilter, type EarningRuleKind, useSession } from '@relais/graphql-client';
import { Alert, type Column, errorMessage, LiveRegion, PageHeader, Select, Spinner, Table, TextField, useDocumentTitle } from '@relais/ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { can } from '../../app/access';
import { useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';
import { EARNING_RULE_KINDS } from './earningRuleForm';
import { RuleState, RuleTarget, RuleWindow } from './RuleCells';
import { ruleParameters } from './ruleSummary';
import { SimulatePanel } from './SimulatePanel';

export function EarningRulesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficePoints.rules.title'));
  const { user } = useSession();
  const mayWrite = can(user?.role, 'earningRules.write');
  const list = useListParams();
  const [kind, setKind] = useUrlValue(list, 'kind');
  const [active, setActive] = useUrlValue(list, 'active');
  const [inForceOn, setInForceOn] = useUrlValue(list, 'inForceOn');
  const location = useLocation();
  const [notice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);

  const filter = useMemo<EarningRuleFilter>(() => {
    const f: EarningRuleFilter = {};
    if (kind) f.kind = kind as EarningRuleKind;
    if (active) f.active = active === 'true';
    if (/^\d{4}-\d{2}-\d{2}$/.test(inForceOn)) f.inForceOn = inForceOn;
    return f;
  }, [kind, active, inForceOn]);

  const { data, previousData, loading, error } = useQuery(BackOfficeEarningRulesDocument, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const segments = useQuery(BackOfficeSegmentsDocument);
  const segmentNames = useMemo(() => new Map((segments.data?.segments ?? []).map((s) => [s.id, s.name])), [segments.data]);
  const rules = (data ?? previousData)?.earningRules;

  const columns: Column<BackOfficeEarningRuleFragment>[] = [
    { key: 'name', header: t('backofficePoints.rules.fields.name'), cell: (r) => <Link to={`/earning-rules/${r.id}`}>{r.name}</Link> },
    { key: 'kind', header: t('backofficePoints.rules.fields.kind'), cell: (r) => t(`backofficePoints.kind.${r.kind}`) },
    { key: 'target', header: t('backofficePoints.rules.fields.target'), cell: (r) => <RuleTarget rule={r} segmentName={r.segmentId ? segmentNames.get(r.segmentId) : undefined} /> },
    { key: 'parameters', header: t('backofficePoints.rules.fields.parameters'), cell: (r) => ruleParameters(t, r) },
    { key: 'window', header: t('backofficePoints.rules.fields.window'), cell: (r) => <RuleWindow rule={r} /> },
    { key: 'version', header: t('backofficePoints.rules.fields.version'), cell: (r) => t('backofficePoints.rules.versionLabel', { version: r.version }) },
    { key: 'active', header: t('backofficePoints.rules.fields.active'), cell: (r) => <RuleState rule={r} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('backofficePoints.rules.title')}
        intro={t('backofficePoints.rules.intro')}
        actions={
          mayWrite ? (
            <Link className="r-button r-button--primary" to="/earning-rules/new">
              {t('backofficePoints.rules.create')}
            </Link>
          ) : null
        }
      />
      <div role="search" className="bo-filters">
        <div className="bo-filters__grid">
          <Select
            label={t('backofficePoints.rules.filters.kind')}
            options={EARNING_RULE_KINDS.map((k) => ({ value: k, label: t(`backofficePoints.kind.${k}`) }))}
            placeholder={t('backoffice.common.all')}
            value={kind}
            onChange={(event) => setKind(event.target.value)}
          />
          <Select
            label={t('backofficePoints.rules.filters.active')}
            options={[
              { value: 'true', label: t('backofficePoints.rules.filters.activeOnly') },
              { value: 'false', label: t('backofficePoints.rules.filters.inactiveOnly') },
            ]}
            placeholder={t('backoffice.common.all')}
            value={active}
            onChange={(event) => setActive(event.target.value)}
          />
          <TextField
            label={t('backofficePoints.rules.filters.inForceOn')}
            hint={t('backofficePoints.rules.filters.inForceOnHint')}
            type="date"
            value={inForceOn}
            onChange={(event) => setInForceOn(event.target.value)}
          />
        </div>
      </div>
      <LiveRegion message={notice} tone="success" />
      <div className="bo-list-status" aria-live="polite">
        {rules ? <p className="bo-total">{t('backofficePoints.rules.total', { count: rules.length })}</p> : null}
        {loading && !rules ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {rules ? (
        <Table caption={t('backofficePoints.rules.tableCaption')} captionHidden columns={columns} rows={rules} rowKey={(r) => r.id} empty={t('backofficePoints.rules.empty')} />
      ) : null}
      <SimulatePanel />
    </>
  );
}

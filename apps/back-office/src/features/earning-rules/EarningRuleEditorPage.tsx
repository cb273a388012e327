import './earning-rules.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeCreateEarningRuleDocument,
  BackOfficeDeactivateEarningRuleDocument,
  BackOfficeEarningRuleDocument,
  BackOfficeEarningRulesDocument,
  BackOfficeUpdateEarningRuleDocument,
  useSession,
} from '@relais/graphql-client';
import { Alert, Button, Card, Dialog, errorMessage, fieldErrors, LiveRegion, PageHeader, Spinner, TextField, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import { can } from '../../app/access';
import { EarningRuleForm } from './EarningRuleForm';
import { emptyRule, fromRule, toInput } from './earningRuleForm';
import { RuleVersions } from './RuleVersions';

/** /earning-rules/new creates a rule; /earning-rules/:id shows one version, its history, and edits or deactivates the latest. */
export function EarningRuleEditorPage() {
  const { id } = useParams();
  return id ? <EarningRuleDetail id={id} /> : <EarningRuleCreate />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="bo-back">
      <Link to="/earning-rules">
        <span aria-hidden="true">‹ </span>
        {t('backofficePoints.rules.title')}
      </Link>
    </p>
  );
}

function EarningRuleCreate() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficePoints.form.createTitle'));
  const navigate = useNavigate();
  const [create] = useMutation(BackOfficeCreateEarningRuleDocument, { refetchQueries: [BackOfficeEarningRulesDocument] });
  return (
    <>
      <BackLink />
      <PageHeader title={t('backofficePoints.form.createTitle')} />
      <Card>
        <EarningRuleForm
          initial={emptyRule()}
          kindLocked={false}
          submitLabel={t('backofficePoints.form.create')}
          onCancel={() => void navigate('/earning-rules')}
          onSubmit={async (values) => {
            const { data } = await create({ variables: { input: toInput(values) } });
            const rule = data?.createEarningRule;
            if (rule) void navigate(`/earning-rules/${rule.id}`, { state: { notice: t('backofficePoints.form.created', { name: rule.name }) } });
          }}
        />
      </Card>
    </>
  );
}

function EarningRuleDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const mayWrite = can(user?.role, 'earningRules.write');
  const [editing, setEditing] = useState(false);
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [deactivating, setDeactivating] = useState(false);
  const [from, setFrom] = useState('');
  const { data, loading, error } = useQuery(BackOfficeEarningRuleDocument, { variables: { id } });
  const rule = data?.earningRule;
  const versions = useQuery(BackOfficeEarningRulesDocument, { variables: { filter: { ruleKey: rule?.ruleKey ?? '', allVersions: true } }, skip: !rule, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [BackOfficeEarningRulesDocument];
  const [update] = useMutation(BackOfficeUpdateEarningRuleDocument, { refetchQueries });
  const [deactivate, deactivation] = useMutation(BackOfficeDeactivateEarningRuleDocument, { refetchQueries });
  useDocumentTitle(rule?.name ?? t('backofficePoints.rules.title'));

  if (!rule) {
    return (
      <>
        <BackLink />
        <PageHeader title={t('backofficePoints.rules.title')} />
        {loading ? <Spinner label={t('common.loading')} /> : null}
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      </>
    );
  }

  const all = versions.data?.earningRules ?? [];
  const latestVersion = all.reduce((max, v) => Math.max(max, v.version), rule.version);
  const isLatest = rule.version === latestVersion;
  const mayChange = mayWrite && isLatest && rule.active;

  const confirmDeactivate = async () => {
    try {
      const { data: result } = await deactivate({ variables: { id: rule.id, from: from || null } });
      setDeactivating(false);
      setNotice(t('backofficePoints.detail.deactivated', { name: rule.name }));
      if (result) void navigate(`/earning-rules/${result.deactivateEarningRule.id}`, { replace: true });
    } catch {
      // Shown in the dialog from deactivation.error.
    }
  };

  return (
    <>
      <BackLink />
      <PageHeader
        title={rule.name}
        intro={`${t(`backofficePoints.kind.${rule.kind}`)} · ${t('backofficePoints.rules.versionLabel', { version: rule.version })}`}
        actions={
          mayChange && !editing ? (
            <>
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('backofficePoints.rules.edit')}
              </Button>
              <Button variant="danger" onClick={() => setDeactivating(true)}>
                {t('backofficePoints.detail.deactivate')}
              </Button>
            </>
          ) : null
        }
      />
      <LiveRegion message={notice} tone="success" />
      {!isLatest ? <Alert tone="info">{t('backofficePoints.detail.notLatest')}</Alert> : null}
      {editing ? (
        <Card title={t('backofficePoints.form.editTitle', { name: rule.name })}>
          <p className="r-muted">{t('backofficePoints.form.editIntro', { version: rule.version + 1 })}</p>
          <EarningRuleForm
            initial={fromRule(rule)}
            kindLocked
            submitLabel={t('backofficePoints.form.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (values) => {
              const { data: result } = await update({ variables: { id: rule.id, input: toInput(values) } });
              const saved = result?.updateEarningRule;
              if (!saved) return;
              setEditing(false);
              setNotice(t('backofficePoints.form.updated', { name: saved.name, version: saved.version }));
              void navigate(`/earning-rules/${saved.id}`, { replace: true });
            }}
          />
        </Card>
      ) : null}
      <RuleVersions versions={all} currentId={rule.id} loading={versions.loading && !versions.data} />

      <Dialog
        open={deactivating}
        title={t('backofficePoints.detail.deactivateTitle')}
        onClose={() => setDeactivating(false)}
        footer={
          <>
            <Button variant="danger" busy={deactivation.loading} onClick={() => void confirmDeactivate()}>
              {t('backofficePoints.detail.deactivate')}
            </Button>
            <Button variant="secondary" onClick={() => setDeactivating(false)}>
              {t('common.cancel')}
            </Button>
          </>
        }
      >
        {deactivation.error ? <Alert tone="error">{errorMessage(t, deactivation.error)}</Alert> : null}
        <TextField
          label={t('backofficePoints.detail.deactivateFrom')}
          hint={t('backofficePoints.detail.deactivateHint')}
          type="date"
          value={from}
          error={deactivation.error ? fieldErrors(t, deactivation.error)['from'] : undefined}
          onChange={(e) => setFrom(e.target.value)}
        />
      </Dialog>
    </>
  );
}

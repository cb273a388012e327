import './declarations.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeApproveDeclarationDocument, BackOfficeDecideDeclarationDocument, BackOfficeDeclarationDocument, BackOfficeSimulateEarningDocument } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, LiveRegion, PageHeader, ProofFileList, Spinner, useDocumentTitle, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { CustomerDataCard } from '../privacy/CustomerDataCard';
import { AskInformationDialog, ReverseDialog } from './DeclarationDialogs';
import { FlagChips, RiskBadge, StatusBadge, useSaleWhen } from './declarationParts';
import { DeclarationTimeline } from './DeclarationTimeline';
import { simulationInput } from './earning';
import { type Draft, LineDecisions, toDecisions } from './LineDecisions';
import { PartnerHistory } from './PartnerHistory';

/** One declaration: what was declared, its flags, what each line would earn, the decisions and the timeline. */
export function DeclarationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const saleWhen = useSaleWhen();
  const f = (key: string) => t(`backofficeDeclarations.fields.${key}`);
  const d = (key: string, options?: Record<string, unknown>) => t(`backofficeDeclarations.detail.${key}`, options ?? {});
  const { data, loading, error, refetch } = useQuery(BackOfficeDeclarationDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const declaration = data?.declaration;
  const input = declaration ? simulationInput(declaration) : null;
  const simulation = useQuery(BackOfficeSimulateEarningDocument, { variables: { input: input ?? { saleDate: '', lines: [], hasCustomerProfile: false, hasFeedback: false } }, skip: !input });
  useDocumentTitle(declaration ? d('title', { partner: declaration.partner.name }) : t('backofficeDeclarations.nav'));

  const [draft, setDraft] = useState<Draft>({});
  const [formError, setFormError] = useState('');
  const [reasonErrors, setReasonErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState('');
  const [dialog, setDialog] = useState<'info' | 'reverse' | null>(null);
  const [decide, decision] = useMutation(BackOfficeDecideDeclarationDocument);
  const [approveAll, approval] = useMutation(BackOfficeApproveDeclarationDocument);

  if (loading && !declaration) return <Spinner label={t('common.loading')} />;
  if (error && !declaration) return <Alert tone="error">{errorMessage(t, error)}</Alert>;
  if (!declaration) return null;

  const decidable = declaration.status === 'SUBMITTED';
  const reversible = declaration.status === 'APPROVED' || declaration.status === 'PARTIALLY_APPROVED';
  const mutationError = decision.error ?? approval.error;

  const done = async (message: string) => {
    setDialog(null);
    setDraft({});
    setStatus(message);
    await refetch();
  };

  const saveDecisions = async () => {
    setStatus('');
    const decisions = toDecisions(draft);
    const missing = Object.fromEntries(
      declaration.lines.filter((l) => draft[l.id]?.decision === 'REJECT' && !draft[l.id]?.reasonCode).map((l) => [l.id, d('reasonRequired', { position: l.position + 1 })]),
    );
    setReasonErrors(missing);
    if (!decisions.length) return setFormError(d('noDecision'));
    if (Object.keys(missing).length) return setFormError(Object.values(missing).join(' '));
    setFormError('');
    try {
      await decide({ variables: { id: declaration.id, input: { lines: decisions } } });
      await done(d('decided'));
    } catch {
      // shown from the mutation's error
    }
  };

  const approveEverything = async () => {
    setStatus('');
    setFormError('');
    try {
      await approveAll({ variables: { id: declaration.id } });
      await done(d('approvedAll'));
    } catch {
      // shown from the mutation's error
    }
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/declarations">← {d('back')}</Link>
      </p>
      <PageHeader
        title={d('title', { partner: declaration.partner.name })}
        actions={
          <div className="bo-decl-actions">
            {decidable ? (
              <>
                <Button variant="primary" busy={approval.loading} onClick={() => void approveEverything()}>
                  {d('approveAll')}
                </Button>
                <Button onClick={() => setDialog('info')}>{d('askInfo')}</Button>
              </>
            ) : null}
            {reversible ? (
              <Button variant="danger" onClick={() => setDialog('reverse')}>
                {d('reverse')}
              </Button>
            ) : null}
          </div>
        }
      />
      <LiveRegion message={status} tone="success" />
      {mutationError ? <Alert tone="error">{errorMessage(t, mutationError)}</Alert> : null}
      <div className="bo-detail-grid">
        <div className="r-stack">
          <Card title={d('summary')} level={2}>
            <dl className="r-dl">
              <dt>{f('partner')}</dt>
              <dd>
                <Link to={`/partners/${declaration.partner.id}`}>
                  {declaration.partner.code} · {declaration.partner.name}
                </Link>
              </dd>
              <dt>{f('declarer')}</dt>
              <dd>{declaration.declaredByName ?? '—'}</dd>
              <dt>{f('sale')}</dt>
              <dd>{saleWhen(declaration)}</dd>
              <dt>{f('submittedAt')}</dt>
              <dd>{declaration.submittedAt ? format.dateTime(declaration.submittedAt) : '—'}</dd>
              <dt>{f('status')}</dt>
              <dd>
                <StatusBadge status={declaration.status} />
              </dd>
              <dt>{f('risk')}</dt>
              <dd>
                <RiskBadge score={declaration.riskScore ?? 0} />
              </dd>
              <dt>{f('amount')}</dt>
              <dd>{format.currency(declaration.totalAmount, declaration.currency)}</dd>
            </dl>
          </Card>
          <Card title={d('flagsTitle')} level={2}>
            {declaration.flags.length ? <FlagChips flags={declaration.flags} /> : <p className="r-muted">{d('noFlags')}</p>}
          </Card>
          <section aria-labelledby="decl-lines" className="r-stack">
            <h2 id="decl-lines">{d('linesTitle')}</h2>
            <LineDecisions
              declaration={declaration}
              simulation={simulation.data?.simulateEarning}
              draft={draft}
              decidable={decidable}
              errors={reasonErrors}
              onDraft={(lineId, patch) => setDraft((current) => ({ ...current, [lineId]: { ...current[lineId], ...patch } }))}
            />
            {formError ? <Alert tone="error">{formError}</Alert> : null}
            {decidable ? (
              <div className="bo-decl-actions">
                <Button variant="primary" busy={decision.loading} onClick={() => void saveDecisions()}>
                  {d('saveDecisions')}
                </Button>
              </div>
            ) : null}
          </section>
          <CustomerDataCard declaration={declaration} />
          <Card title={t('proofs.title')} level={2}>
            <ProofFileList proofs={declaration.proofs} preview />
          </Card>
        </div>
        <div className="r-stack">
          <Card title={d('timeline')} level={2}>
            <DeclarationTimeline events={declaration.events} />
          </Card>
          <PartnerHistory partnerId={declaration.partner.id} currentId={declaration.id} />
        </div>
      </div>
      <AskInformationDialog declaration={declaration} open={dialog === 'info'} onClose={() => setDialog(null)} onDone={(m) => void done(m)} />
      <ReverseDialog declaration={declaration} open={dialog === 'reverse'} onClose={() => setDialog(null)} onDone={(m) => void done(m)} />
    </>
  );
}

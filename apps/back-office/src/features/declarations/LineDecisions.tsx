import type { BackOfficeDeclarationDetailFragment, BackOfficeSimulateEarningQuery, LineDecisionInput, RejectReason } from '@relais/graphql-client';
import { explainEarning } from '@relais/i18n';
import { Select, TextAreaField, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ProductName } from '../earning-rules/ProductPicker';
import { FlagChips, StatusBadge } from './declarationParts';
import { explainStored, toExplained } from './earning';

type Line = BackOfficeDeclarationDetailFragment['lines'][number];
type Simulation = BackOfficeSimulateEarningQuery['simulateEarning'] | undefined;
export type Draft = Partial<Record<string, { decision?: 'APPROVE' | 'REJECT'; reasonCode?: RejectReason | ''; message?: string }>>;

export const REJECT_REASONS: readonly RejectReason[] = ['DUPLICATE', 'NOT_ELIGIBLE', 'MISSING_PROOF', 'WRONG_AMOUNT', 'WRONG_PRODUCT', 'OTHER'];

/** The drafted decisions as the mutation's input; a rejection without reason is left for the form to refuse. */
export function toDecisions(draft: Draft): LineDecisionInput[] {
  return Object.entries(draft).flatMap(([lineId, d]) =>
    d?.decision
      ? [
          {
            lineId,
            decision: d.decision,
            reasonCode: d.decision === 'REJECT' && d.reasonCode ? d.reasonCode : undefined,
            message: d.decision === 'REJECT' && d.message?.trim() ? d.message.trim() : undefined,
          },
        ]
      : [],
  );
}

interface Props {
  declaration: BackOfficeDeclarationDetailFragment;
  simulation: Simulation;
  draft: Draft;
  onDraft(lineId: string, patch: Draft[string]): void;
  decidable: boolean;
  errors: Partial<Record<string, string>>;
}

/** Each line as a card (readable at 390 px): facts, flags, points, and its decision when it is still pending. */
export function LineDecisions({ declaration, simulation, draft, onDraft, decidable, errors }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string) => t(`backofficeDeclarations.fields.${key}`);
  const d = (key: string, options?: Record<string, unknown>) => t(`backofficeDeclarations.detail.${key}`, options ?? {});
  const simulated = (line: Line) => simulation?.lines.find((l) => l.lineId === line.id);

  return (
    <ol className="bo-decl-lines" aria-label={d('linesCaption')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {declaration.lines.map((line) => {
        const sim = simulated(line);
        const choice = draft[line.id] ?? {};
        const name = `decision-${line.id}`;
        return (
          <li key={line.id} className="bo-decl-line" data-testid={`line-${line.position + 1}`}>
            <div className="bo-decl-line__head">
              <h3>{d('line', { position: line.position + 1 })}</h3>
              <StatusBadge status={line.status} line />
            </div>
            <dl className="r-dl">
              <dt>{f('product')}</dt>
              <dd>
                <ProductName id={line.productId} />
              </dd>
              <dt>{f('quantity')}</dt>
              <dd>{format.number(line.quantity)}</dd>
              <dt>{f('amount')}</dt>
              <dd>{format.currency(line.amount, declaration.currency)}</dd>
              <dt>{f('channel')}</dt>
              <dd>{t(`declarations.channel.${line.channel}`)}</dd>
              <dt>{f('invoice')}</dt>
              <dd>{line.invoiceReference || '—'}</dd>
              <dt>{f('serials')}</dt>
              <dd>{line.serialNumbers.length ? line.serialNumbers.join(', ') : '—'}</dd>
              <dt>{f('points')}</dt>
              <dd className="bo-decl-points" data-testid={`line-${line.position + 1}-points`}>
                {line.status === 'APPROVED' && line.pointsAwarded !== null && line.pointsAwarded !== undefined ? (
                  <>
                    {d('earned', { points: t('earning.total', { count: line.pointsAwarded }) })}
                    <span className="r-muted"> — {explainStored(t, line.pointsExplanation)}</span>
                  </>
                ) : line.status === 'REJECTED' ? (
                  <>
                    {d('rejected', { reason: line.rejectReasonCode ? t(`declarations.rejectReason.${line.rejectReasonCode}`) : '—' })}
                    {line.rejectMessage ? <span className="r-muted"> — {line.rejectMessage}</span> : null}
                  </>
                ) : sim ? (
                  <>
                    {d('wouldEarn', { points: t('earning.total', { count: sim.points }) })}
                    <span className="r-muted"> — {explainEarning(t, sim.parts.map(toExplained))}</span>
                  </>
                ) : (
                  '…'
                )}
              </dd>
            </dl>
            <FlagChips flags={declaration.flags.filter((flag) => flag.lineId === line.id)} />
            {decidable && line.status === 'PENDING' ? (
              <fieldset className="bo-decl-decision">
                <legend>{f('decision')}</legend>
                <div className="bo-decl-radios">
                  {(['APPROVE', 'REJECT'] as const).map((value) => (
                    <label key={value}>
                      <input type="radio" name={name} value={value} checked={choice.decision === value} onChange={() => onDraft(line.id, { decision: value })} />
                      {d(value === 'APPROVE' ? 'approve' : 'reject')}
                    </label>
                  ))}
                </div>
                {choice.decision === 'REJECT' ? (
                  <div className="r-form">
                    <Select
                      label={d('reason')}
                      placeholder="—"
                      options={REJECT_REASONS.map((r) => ({ value: r, label: t(`declarations.rejectReason.${r}`) }))}
                      value={choice.reasonCode ?? ''}
                      error={errors[line.id]}
                      required
                      onChange={(event) => onDraft(line.id, { reasonCode: event.target.value as RejectReason })}
                    />
                    <TextAreaField label={d('message')} optionalText={t('common.optional')} value={choice.message ?? ''} onChange={(event) => onDraft(line.id, { message: event.target.value })} rows={2} />
                  </div>
                ) : null}
              </fieldset>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

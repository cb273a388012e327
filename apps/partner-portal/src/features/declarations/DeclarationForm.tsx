import { useMutation } from '@apollo/client/react';
import {
  PortalCreateDeclarationDocument,
  PortalDeclarationsDocument,
  PortalSubmitDeclarationDocument,
  PortalUpdateDeclarationDocument,
} from '@relais/graphql-client';
import { Alert, Button, errorMessage, LiveRegion, TextField } from '@relais/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { type FormState, type LineState, newLine, toInput } from './declaration-form-state';
import { CustomerFields } from './FeedbackFields';
import { apiFieldErrors, localFieldErrors } from './form-errors';
import { LineFields } from './LineFields';
import { ProofFields } from './ProofFields';

interface Props {
  initial: FormState;
  declarationId?: string;
}

/** Sale date or period, lines, customer and feedback; saves a draft, or saves then submits. */
export function DeclarationForm({ initial, declarationId }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [savedId, setSavedId] = useState(declarationId);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  // One key per form session: a double click or a retry submits the same declaration once.
  const submissionKey = useRef(crypto.randomUUID());
  const refetchQueries = [PortalDeclarationsDocument];
  const [create, created] = useMutation(PortalCreateDeclarationDocument);
  const [update, updated] = useMutation(PortalUpdateDeclarationDocument);
  const [submit, submitted] = useMutation(PortalSubmitDeclarationDocument, { refetchQueries });
  const busy = created.loading || updated.loading || submitted.loading || uploading;
  const error = created.error ?? updated.error ?? submitted.error;
  const apiErrors = error ? apiFieldErrors(t, error) : {};
  const errors = { ...apiErrors, ...localErrors };
  // Field problems show under their inputs; the alert then only says to look at them.
  const alert = Object.keys(errors).length ? t('portalDeclarations.form.invalid') : error ? errorMessage(t, error) : null;

  // After a refused save, the first field to fix gets the focus (its message is read with it).
  const formRef = useRef<HTMLFormElement>(null);
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts, error]);

  const patch = (change: Partial<FormState>) => setForm((current) => ({ ...current, ...change }));
  const patchLine = (index: number, change: Partial<LineState>) =>
    setForm((current) => ({ ...current, lines: current.lines.map((line, i) => (i === index ? { ...line, ...change } : line)) }));

  async function save(): Promise<string | null> {
    created.reset();
    updated.reset();
    submitted.reset();
    setStatus(null);
    setAttempts((count) => count + 1);
    const local = localFieldErrors(t, form);
    setLocalErrors(local);
    if (Object.keys(local).length) return null;
    const input = toInput(form);
    try {
      if (savedId) {
        await update({ variables: { id: savedId, input } });
        return savedId;
      }
      const result = await create({ variables: { input } });
      const id = result.data?.createDeclaration.id ?? null;
      if (id) setSavedId(id);
      return id;
    } catch {
      return null;
    }
  }

  async function onSaveDraft() {
    const id = await save();
    if (id) setStatus(t('portalDeclarations.form.saved'));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const id = await save();
    if (!id) return;
    try {
      await submit({ variables: { id, idempotencyKey: submissionKey.current } });
      void navigate(`/declarations/${id}`, { state: { status: t('portalDeclarations.form.submitted') } });
    } catch {
      // Shown by the alert below; the same key is reused if the user tries again.
    }
  }

  return (
    <form ref={formRef} className="r-stack declaration-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {alert ? <Alert tone="error">{alert}</Alert> : null}
      <LiveRegion message={status ?? ''} tone="info" />
      <fieldset className="declaration-group">
        <legend>{t('portalDeclarations.form.when')}</legend>
        <div className="declaration-choice">
          {(['single', 'period'] as const).map((mode) => (
            <label key={mode} className="declaration-rating__option">
              <input type="radio" name="dateMode" checked={form.dateMode === mode} onChange={() => patch({ dateMode: mode })} />
              {t(`portalDeclarations.form.${mode}`)}
            </label>
          ))}
        </div>
        {form.dateMode === 'single' ? (
          <TextField label={t('portalDeclarations.form.saleDate')} type="date" value={form.saleDate} error={errors['saleDate']} onChange={(e) => patch({ saleDate: e.target.value })} />
        ) : (
          <div className="r-form-row r-form-row--2">
            <TextField label={t('portalDeclarations.form.periodStart')} type="date" value={form.periodStart} error={errors['periodStart']} onChange={(e) => patch({ periodStart: e.target.value })} />
            <TextField label={t('portalDeclarations.form.periodEnd')} type="date" value={form.periodEnd} error={errors['periodEnd']} onChange={(e) => patch({ periodEnd: e.target.value })} />
          </div>
        )}
        <TextField
          label={t('portalDeclarations.form.currency')}
          value={form.currency}
          maxLength={3}
          autoCapitalize="characters"
          error={errors['currency']}
          className="declaration-currency"
          onChange={(e) => patch({ currency: e.target.value.toUpperCase() })}
        />
      </fieldset>
      <fieldset className="declaration-lines">
        <legend>{t('portalDeclarations.form.lines')}</legend>
        {form.lines.map((line, index) => (
          <LineFields
            key={line.key}
            line={line}
            index={index}
            errors={errors}
            onChange={(change) => patchLine(index, change)}
            onRemove={form.lines.length > 1 ? () => patch({ lines: form.lines.filter((_, i) => i !== index) }) : undefined}
          />
        ))}
        <div>
          <Button variant="secondary" onClick={() => patch({ lines: [...form.lines, newLine()] })}>
            {t('portalDeclarations.form.addLine')}
          </Button>
        </div>
      </fieldset>
      <CustomerFields form={form} errors={errors} onChange={patch} />
      <ProofFields
        proofs={form.proofs}
        error={error && Object.keys(apiErrors).some((field) => field.startsWith('proofFileIds')) ? errorMessage(t, error) : null}
        onAdd={(proof) => setForm((current) => ({ ...current, proofs: [...current.proofs, proof] }))}
        onRemove={(proof) => setForm((current) => ({ ...current, proofs: current.proofs.filter((p) => p.id !== proof.id) }))}
        onBusyChange={setUploading}
      />
      <div className="r-form-actions">
        <Button variant="secondary" busy={created.loading || updated.loading} disabled={busy} onClick={() => void onSaveDraft()}>
          {t('portalDeclarations.form.saveDraft')}
        </Button>
        <Button type="submit" variant="primary" busy={submitted.loading} disabled={busy}>
          {t('portalDeclarations.form.submit')}
        </Button>
      </div>
    </form>
  );
}

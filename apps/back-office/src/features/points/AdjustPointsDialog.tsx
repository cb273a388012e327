import { useApolloClient, useMutation } from '@apollo/client/react';
import { BackOfficeAdjustPointsDocument, BackOfficePointsHistoryDocument, BackOfficeWalletDocument } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, fieldErrors, TextAreaField, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface AdjustPointsDialogProps {
  partnerId: string;
  onClose(): void;
  onDone(amount: number, available: number): void;
}

/**
 * Mounted per opening: the idempotency key is drawn once for this opening, so a double click or a
 * retried request adjusts once; opening the dialog again is a new adjustment.
 */
export function AdjustPointsDialog({ partnerId, onClose, onDone }: AdjustPointsDialogProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const owner = { ownerType: 'PARTNER' as const, ownerId: partnerId };
  const [adjust, { error, loading }] = useMutation(BackOfficeAdjustPointsDocument, {
    refetchQueries: [{ query: BackOfficeWalletDocument, variables: { owner } }, BackOfficePointsHistoryDocument],
    awaitRefetchQueries: true,
  });
  const fe = { ...(error ? fieldErrors(t, error) : {}), ...local };
  const w = (key: string) => `backofficePoints.wallet.${key}`;
  const formId = 'adjust-points-form';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const value = Number(amount.trim());
    const problems: Record<string, string> = {};
    if (!/^[+-]?\d+$/.test(amount.trim()) || value === 0) problems['amount'] = t(w('amountInvalid'));
    if (!reason.trim()) problems['reason'] = t(w('reasonRequired'));
    setLocal(problems);
    if (Object.keys(problems).length) return;
    try {
      const { data } = await adjust({ variables: { input: { ...owner, amount: value, reason: reason.trim(), idempotencyKey } } });
      if (!data) return;
      // awaitRefetchQueries: the cache already holds the new balance.
      const refreshed = client.readQuery({ query: BackOfficeWalletDocument, variables: { owner } });
      onDone(data.adjustPoints.amount, refreshed?.wallet.available ?? 0);
    } catch {
      // Shown from the mutation's error.
    }
  };
  return (
    <Dialog
      open
      title={t(w('adjust'))}
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form={formId} variant="primary" busy={loading}>
            {t(w('adjustSubmit'))}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </>
      }
    >
      <form id={formId} className="r-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="r-muted">{t(w('adjustIntro'))}</p>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextField label={t(w('adjustAmount'))} hint={t(w('adjustAmountHint'))} inputMode="numeric" value={amount} error={fe['amount']} required onChange={(e) => setAmount(e.target.value)} />
        <TextAreaField label={t(w('adjustReason'))} hint={t(w('adjustReasonHint'))} value={reason} error={fe['reason']} required onChange={(e) => setReason(e.target.value)} />
      </form>
    </Dialog>
  );
}

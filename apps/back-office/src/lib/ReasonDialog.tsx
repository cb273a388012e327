import { Alert, Button, Dialog, errorMessage, TextAreaField } from '@relais/ui';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  body?: ReactNode;
  /** The reason field's label; the reason is required. */
  label: string;
  /** Shown under the field when it is sent empty. */
  requiredMessage: string;
  /** The confirming button's text; the action is shown as destructive. */
  confirm: string;
  busy: boolean;
  error?: unknown;
  onClose(): void;
  /** Runs the action with the trimmed reason; resolves true when it succeeded (the field is then cleared). */
  onConfirm(reason: string): Promise<boolean>;
}

/**
 * A destructive decision that needs a reason the partner will read (reverse a declaration, reject
 * or cancel an order): the reason is required, the action's error shows in the dialog.
 */
export function ReasonDialog({ open, title, body, label, requiredMessage, confirm, busy, error, onClose, onConfirm }: ReasonDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const close = () => {
    setTouched(false);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!reason.trim()) return;
    if (await onConfirm(reason.trim())) {
      setReason('');
      setTouched(false);
    }
  };
  return (
    <Dialog
      open={open}
      title={title}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button variant="danger" type="submit" form={formId} busy={busy}>
            {confirm}
          </Button>
        </>
      }
    >
      <form id={formId} className="r-stack" noValidate onSubmit={(event) => void submit(event)}>
        {body}
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextAreaField label={label} value={reason} rows={3} required error={touched && !reason.trim() ? requiredMessage : undefined} onChange={(event) => setReason(event.target.value)} />
      </form>
    </Dialog>
  );
}

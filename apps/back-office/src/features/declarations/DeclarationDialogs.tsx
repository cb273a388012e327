import { useMutation } from '@apollo/client/react';
import { type BackOfficeDeclarationDetailFragment, BackOfficeRequestInformationDocument, BackOfficeReverseDeclarationDocument } from '@relais/graphql-client';
import { Alert, Button, CheckboxGroup, Dialog, errorMessage, TextAreaField } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ReasonDialog } from '../../lib/ReasonDialog';

interface Props {
  declaration: BackOfficeDeclarationDetailFragment;
  open: boolean;
  onClose(): void;
  onDone(message: string): void;
}

/** Sends the declaration back to the partner with a question, about some lines or all. */
export function AskInformationDialog({ declaration, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const d = (key: string, options?: Record<string, unknown>) => t(`backofficeDeclarations.detail.${key}`, options ?? {});
  const [message, setMessage] = useState('');
  const [lineIds, setLineIds] = useState<string[]>([]);
  const [touched, setTouched] = useState(false);
  const [send, { loading, error, reset }] = useMutation(BackOfficeRequestInformationDocument);
  const close = () => {
    reset();
    setTouched(false);
    onClose();
  };
  const submit = async () => {
    setTouched(true);
    if (!message.trim()) return;
    try {
      await send({ variables: { id: declaration.id, message: message.trim(), lineIds: lineIds.length ? lineIds : undefined } });
      setMessage('');
      setLineIds([]);
      setTouched(false);
      onDone(d('infoRequested'));
    } catch {
      // shown below from the mutation's error
    }
  };
  return (
    <Dialog
      open={open}
      title={d('askInfoTitle')}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button variant="primary" busy={loading} onClick={() => void submit()}>
            {d('send')}
          </Button>
        </>
      }
    >
      <div className="r-stack">
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextAreaField label={d('askInfoMessage')} value={message} rows={4} required error={touched && !message.trim() ? d('required') : undefined} onChange={(event) => setMessage(event.target.value)} />
        <CheckboxGroup
          legend={d('askInfoLines')}
          options={declaration.lines.map((l) => ({ value: l.id, label: d('line', { position: l.position + 1 }) }))}
          value={lineIds}
          onChange={setLineIds}
        />
      </div>
    </Dialog>
  );
}

/** Takes back an approved declaration's points, with the reason the partner will see. */
export function ReverseDialog({ declaration, open, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const d = (key: string) => t(`backofficeDeclarations.detail.${key}`);
  const [reverse, { loading, error, reset }] = useMutation(BackOfficeReverseDeclarationDocument);
  return (
    <ReasonDialog
      open={open}
      title={d('reverseTitle')}
      body={<p>{d('reverseBody')}</p>}
      label={d('reverseReason')}
      requiredMessage={d('required')}
      confirm={d('reverse')}
      busy={loading}
      error={error}
      onClose={() => {
        reset();
        onClose();
      }}
      onConfirm={async (reason) => {
        try {
          await reverse({ variables: { id: declaration.id, reason } });
          onDone(d('reversed'));
          return true;
        } catch {
          return false; // shown in the dialog from the mutation's error
        }
      }}
    />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { TextField } from '../components/TextField';

export interface SecretRevealProps {
  title: string;
  warning: string;
  label: string;
  secret: string;
  copyLabel: string;
  copiedMessage: string;
  doneLabel: string;
  onDone(): void;
}

/** A secret shown once (an API key, a webhook signing secret), with a copy button. */
export function SecretReveal({ title, warning, label, secret, copyLabel, copiedMessage, doneLabel, onDone }: SecretRevealProps) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <Alert tone="warning" title={title}>
      <div className="r-stack">
        <p>{warning}</p>
        <TextField label={label} value={secret} readOnly onFocus={(event) => event.currentTarget.select()} />
        <div className="r-form-actions">
          <Button variant="secondary" onClick={() => void onCopy()}>
            {copyLabel}
          </Button>
          <Button onClick={onDone}>{doneLabel}</Button>
        </div>
        <p aria-live="polite">{copy === 'copied' ? copiedMessage : copy === 'failed' ? t('integration.keys.copyFailed') : ''}</p>
      </div>
    </Alert>
  );
}

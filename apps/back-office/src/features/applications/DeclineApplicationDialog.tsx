import { useMutation } from '@apollo/client/react';
import { type BackOfficeApplicationFragment, BackOfficeDeclineApplicationDocument } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, fieldErrors, TextAreaField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  application: BackOfficeApplicationFragment | null;
  onClose(): void;
  onDeclined(message: string): void;
}

export function DeclineApplicationDialog({ application, onClose, onDeclined }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [decline, { loading, error, reset }] = useMutation(BackOfficeDeclineApplicationDocument, {
    refetchQueries: ['BackOfficePendingApplicationCount'],
  });
  const byField = error ? fieldErrors(t, error) : {};

  const close = () => {
    setMessage('');
    setMissing(null);
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!application) return;
    if (!message.trim()) {
      setMissing(t('validation.required', { field: t('fields.message') }));
      return;
    }
    setMissing(null);
    try {
      await decline({ variables: { id: application.id, message: message.trim() } });
      setMessage('');
      onDeclined(t('backoffice.applications.declined', { company: application.company }));
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <Dialog open={application !== null} title={t('backoffice.applications.declineTitle', { company: application?.company ?? '' })} onClose={close}>
      {application ? (
        <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('backoffice.applications.declineIntro', { email: application.contactEmail })}</p>
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <TextAreaField
            label={t('backoffice.applications.declineMessage')}
            name="message"
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            rows={5}
            required
            error={missing ?? byField['message']}
          />
          <div className="r-form-actions">
            <Button type="submit" variant="danger" busy={loading}>
              {t('backoffice.applications.decline')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeAssignChannelManagerDocument, BackOfficeChannelManagersDocument, type BackOfficePartnerFragment } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, Select } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../common/personName';

interface Props {
  partner: BackOfficePartnerFragment;
  /** Brand admins only; others just read who is assigned. */
  editable: boolean;
  onDone(message: string): void;
}

export function AssignChannelManager({ partner, editable, onDone }: Props) {
  const { t } = useTranslation();
  const current = partner.channelManager;
  const [choice, setChoice] = useState(current?.id ?? '');
  const managers = useQuery(BackOfficeChannelManagersDocument, { skip: !editable });
  const [assign, { loading, error }] = useMutation(BackOfficeAssignChannelManagerDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await assign({ variables: { partnerId: partner.id, channelManagerId: choice || null } });
      onDone(t('backoffice.partners.detail.assigned'));
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <Card title={t('backoffice.partners.detail.assignTitle')}>
      {current ? (
        <p>
          {personName(current)}
          <br />
          <a href={`mailto:${current.email}`}>{current.email}</a>
        </p>
      ) : (
        <p className="r-muted">{t('backoffice.partners.detail.unassigned')}</p>
      )}
      {editable ? (
        <form className="r-form" onSubmit={(event) => void submit(event)}>
          <Select
            label={t('backoffice.partners.fields.channelManager')}
            options={(managers.data?.channelManagers ?? []).map((m) => ({ value: m.id, label: personName(m) }))}
            placeholder={t('backoffice.partners.form.noChannelManager')}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          />
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <div className="r-form-actions">
            <Button type="submit" variant="secondary" busy={loading} disabled={choice === (current?.id ?? '')}>
              {t('backoffice.partners.detail.assign')}
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}

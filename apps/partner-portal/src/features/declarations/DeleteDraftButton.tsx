import { useMutation } from '@apollo/client/react';
import { PortalDeleteDeclarationDocument } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Deletes a draft that was never submitted, after a confirmation: nothing of it can be recovered. */
export function DeleteDraftButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [remove, removing] = useMutation(PortalDeleteDeclarationDocument, { refetchQueries: ['PortalDeclarations'] });
  const confirm = async () => {
    try {
      await remove({ variables: { id } });
      void navigate('/declarations', { state: { status: t('portalDeclarations.detail.deleted') } });
    } catch {
      // shown from the mutation's error state
    }
  };
  return (
    <>
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {t('portalDeclarations.detail.delete')}
      </Button>
      <Dialog
        open={confirming}
        title={t('portalDeclarations.detail.delete')}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button variant="danger" busy={removing.loading} onClick={() => void confirm()}>
              {t('portalDeclarations.detail.delete')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        }
      >
        <p>{t('portalDeclarations.detail.confirmDelete')}</p>
        {removing.error ? <Alert tone="error">{errorMessage(t, removing.error)}</Alert> : null}
      </Dialog>
    </>
  );
}

import { useMutation } from '@apollo/client/react';
import { DeactivateUserDocument, ReactivateUserDocument, ResendInvitationDocument, type UserFieldsFragment } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface MemberActionsProps {
  member: UserFieldsFragment;
  name: string;
  /** Told what happened, for the page's status line. */
  onDone(message: string): void;
}

/** What an admin can do to one teammate, depending on their status. The API returns the updated user, which Apollo's cache applies to the row. */
export function MemberActions({ member, name, onDone }: MemberActionsProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [deactivate, deactivation] = useMutation(DeactivateUserDocument);
  const [reactivate, reactivation] = useMutation(ReactivateUserDocument);
  const [resend, resending] = useMutation(ResendInvitationDocument);
  const error = deactivation.error ?? reactivation.error ?? resending.error;

  const run = async (action: () => Promise<unknown>, message: string) => {
    const ok = await action().then(
      () => true,
      () => false,
    );
    if (ok) onDone(message);
  };

  return (
    <div className="r-row-actions">
      {member.status === 'INVITED' ? (
        <Button
          variant="secondary"
          size="sm"
          busy={resending.loading}
          aria-label={t('portal.team.resendLabel', { name })}
          onClick={() => void run(() => resend({ variables: { id: member.id } }), t('portal.team.resent', { email: member.email }))}
        >
          {t('portal.team.resend')}
        </Button>
      ) : null}
      {member.status === 'DEACTIVATED' ? (
        <Button
          variant="secondary"
          size="sm"
          busy={reactivation.loading}
          aria-label={t('portal.team.reactivateLabel', { name })}
          onClick={() => void run(() => reactivate({ variables: { id: member.id } }), t('portal.team.reactivated', { name }))}
        >
          {t('portal.team.reactivate')}
        </Button>
      ) : (
        <Button variant="danger" size="sm" aria-label={t('portal.team.deactivateLabel', { name })} onClick={() => setConfirming(true)}>
          {t('portal.team.deactivate')}
        </Button>
      )}
      {error && !confirming ? (
        <Alert tone="error" className="portal-row-error">
          {errorMessage(t, error)}
        </Alert>
      ) : null}
      <Dialog
        open={confirming}
        title={t('portal.team.deactivateLabel', { name })}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              busy={deactivation.loading}
              onClick={() =>
                void run(async () => {
                  try {
                    await deactivate({ variables: { id: member.id } });
                  } finally {
                    setConfirming(false);
                  }
                }, t('portal.team.deactivated', { name }))
              }
            >
              {t('portal.team.deactivate')}
            </Button>
          </>
        }
      >
        <p>{t('portal.team.confirmDeactivate', { name })}</p>
      </Dialog>
    </div>
  );
}

import { useMutation } from '@apollo/client/react';
import {
  BackOfficeDeactivateUserDocument,
  BackOfficeReactivateUserDocument,
  BackOfficeResendInvitationDocument,
  type BackOfficeUserFragment,
  useSession,
} from '@relais/graphql-client';
import { Button, Dialog, errorMessage } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { can } from '../../app/access';
import { personName } from '../common/personName';

interface Props {
  user: BackOfficeUserFragment;
  /** Told a translated sentence after each action, success or failure, for the page's live region. */
  onDone(message: string): void;
}

/** Resend an invitation (brand admins, channel managers), deactivate or reactivate (brand admins); never on one's own account. */
export function UserRowActions({ user, onDone }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const [confirming, setConfirming] = useState(false);
  const [deactivate, deactivating] = useMutation(BackOfficeDeactivateUserDocument);
  const [reactivate, reactivating] = useMutation(BackOfficeReactivateUserDocument);
  const [resend, resending] = useMutation(BackOfficeResendInvitationDocument);

  const role = session.user?.role;
  const mayResend = can(role, 'users.resendInvitation') && user.status === 'INVITED';
  const mayManage = can(role, 'users.manage');
  if ((!mayResend && !mayManage) || session.user?.id === user.id) return null;
  const name = personName(user);

  const run = async (action: () => Promise<unknown>, success: string) => {
    try {
      await action();
      onDone(success);
    } catch (error) {
      onDone(errorMessage(t, error));
    }
  };

  return (
    <div className="r-row-actions">
      {mayResend ? (
        <Button
          variant="secondary"
          size="sm"
          busy={resending.loading}
          aria-label={`${t('backoffice.users.resend')} – ${name}`}
          onClick={() => void run(() => resend({ variables: { id: user.id } }), t('backoffice.users.resent', { email: user.email }))}
        >
          {t('backoffice.users.resend')}
        </Button>
      ) : null}
      {!mayManage ? null : user.status === 'DEACTIVATED' ? (
        <Button
          variant="secondary"
          size="sm"
          busy={reactivating.loading}
          aria-label={`${t('backoffice.users.reactivate')} – ${name}`}
          onClick={() => void run(() => reactivate({ variables: { id: user.id } }), t('backoffice.users.reactivated', { name }))}
        >
          {t('backoffice.users.reactivate')}
        </Button>
      ) : (
        <Button variant="ghost" size="sm" busy={deactivating.loading} aria-label={`${t('backoffice.users.deactivate')} – ${name}`} onClick={() => setConfirming(true)}>
          {t('backoffice.users.deactivate')}
        </Button>
      )}
      <Dialog
        open={confirming}
        title={t('backoffice.users.deactivate')}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                void run(() => deactivate({ variables: { id: user.id } }), t('backoffice.users.deactivated', { name }));
              }}
            >
              {t('backoffice.users.deactivate')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </>
        }
      >
        <p>{t('backoffice.users.confirmDeactivate', { name })}</p>
      </Dialog>
    </div>
  );
}

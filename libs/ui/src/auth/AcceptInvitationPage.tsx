import { useMutation, useQuery } from '@apollo/client/react';
import { AcceptInvitationDocument, InvitationDocument, useSession } from '@relais/graphql-client';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Spinner } from '../components/Spinner';
import { errorMessage, fieldErrors } from '../errors/error-message';
import { useFormat } from '../format/use-format';
import { useDocumentTitle } from '../shell/use-document-title';
import { PasswordFields, passwordIsAcceptable } from './PasswordFields';

/** Opened from the invitation e-mail (?token=…): choose a password, which activates and signs in. */
export function AcceptInvitationPage({ homePath = '/' }: { homePath?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.acceptInvitation.title'));
  const format = useFormat();
  const navigate = useNavigate();
  const session = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const invitation = useQuery(InvitationDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [accept, { loading, error }] = useMutation(AcceptInvitationDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!passwordIsAcceptable(password, confirmation)) return;
    const result = await accept({ variables: { input: { token, password } } }).catch(() => null);
    const payload = result?.data?.acceptInvitation;
    if (payload) {
      session.startSession(payload);
      void navigate(homePath, { replace: true });
    }
  };

  const info = invitation.data?.invitation;
  const fields = error ? fieldErrors(t, error) : {};
  let content;
  if (!token) content = <Alert tone="error">{t('auth.acceptInvitation.missingToken')}</Alert>;
  else if (invitation.loading && !info) content = <Spinner label={t('common.loading')} />;
  else if (invitation.error) content = <Alert tone="error">{errorMessage(t, invitation.error)}</Alert>;
  else
    content = (
      <>
        {info ? (
          <>
            <p className="r-auth-card__intro">
              {t('auth.acceptInvitation.intro', { firstName: info.firstName, organisation: info.organisation, email: info.email })}
            </p>
            <p className="r-muted">{t('auth.acceptInvitation.expires', { date: format.dateTime(info.expiresAt) })}</p>
          </>
        ) : null}
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
          {info ? <input type="email" name="email" autoComplete="username" value={info.email} readOnly hidden /> : null}
          <PasswordFields
            password={password}
            confirmation={confirmation}
            onPasswordChange={setPassword}
            onConfirmationChange={setConfirmation}
            error={fields['password']}
            showMismatch={attempted}
          />
          <Button type="submit" busy={loading} className="r-button--block">
            {loading ? t('auth.acceptInvitation.submitting') : t('auth.acceptInvitation.submit')}
          </Button>
        </form>
      </>
    );

  return (
    <div className="r-auth-card">
      <h1 className="r-auth-card__title">{t('auth.acceptInvitation.title')}</h1>
      {content}
    </div>
  );
}

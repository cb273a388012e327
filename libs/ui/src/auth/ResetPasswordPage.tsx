import { useMutation } from '@apollo/client/react';
import { ResetPasswordDocument } from '@relais/graphql-client';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { errorCode, errorMessage, fieldErrors } from '../errors/error-message';
import { useDocumentTitle } from '../shell/use-document-title';
import { PasswordFields, passwordIsAcceptable } from './PasswordFields';

export interface ResetPasswordPageProps {
  signInPath?: string;
  forgotPasswordPath?: string;
}

/** Opened from the e-mailed link (?token=…): choose a new password. */
export function ResetPasswordPage({ signInPath = '/sign-in', forgotPasswordPath = '/forgot-password' }: ResetPasswordPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.resetPassword.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState(false);
  const [reset, { loading, error }] = useMutation(ResetPasswordDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!passwordIsAcceptable(password, confirmation)) return;
    const result = await reset({ variables: { input: { token, password } } }).catch(() => null);
    if (result?.data?.resetPassword) setDone(true);
  };

  const code = error ? errorCode(error) : null;
  const tokenProblem = code === 'TOKEN_INVALID' || code === 'TOKEN_EXPIRED';
  const fields = error && !tokenProblem ? fieldErrors(t, error) : {};
  return (
    <div className="r-auth-card">
      <h1 className="r-auth-card__title">{t('auth.resetPassword.title')}</h1>
      {done ? (
        <>
          <Alert tone="success">{t('auth.resetPassword.done')}</Alert>
          <p className="r-auth-card__links">
            <Link to={signInPath}>{t('auth.signIn.title')}</Link>
          </p>
        </>
      ) : !token ? (
        <>
          <Alert tone="error">{t('auth.resetPassword.missingToken')}</Alert>
          <p className="r-auth-card__links">
            <Link to={forgotPasswordPath}>{t('auth.resetPassword.askNewLink')}</Link>
          </p>
        </>
      ) : (
        <>
          {error ? (
            <Alert tone="error">
              {errorMessage(t, error)}
              {tokenProblem ? (
                <>
                  {' '}
                  <Link to={forgotPasswordPath}>{t('auth.resetPassword.askNewLink')}</Link>
                </>
              ) : null}
            </Alert>
          ) : null}
          <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <PasswordFields
              password={password}
              confirmation={confirmation}
              onPasswordChange={setPassword}
              onConfirmationChange={setConfirmation}
              error={fields['password']}
              showMismatch={attempted}
            />
            <Button type="submit" busy={loading} className="r-button--block">
              {loading ? t('auth.resetPassword.submitting') : t('auth.resetPassword.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}

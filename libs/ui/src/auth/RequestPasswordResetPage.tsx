import { useMutation } from '@apollo/client/react';
import { type ClientApp, RequestPasswordResetDocument } from '@relais/graphql-client';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { TextField } from '../components/TextField';
import { errorMessage, fieldErrors } from '../errors/error-message';
import { useDocumentTitle } from '../shell/use-document-title';

export interface RequestPasswordResetPageProps {
  /** Which app's address the e-mailed link opens. */
  app: ClientApp;
  signInPath?: string;
}

/** Asks for a reset link. The answer is the same whether the account exists or not. */
export function RequestPasswordResetPage({ app, signInPath = '/sign-in' }: RequestPasswordResetPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forgotPassword.title'));
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error }] = useMutation(RequestPasswordResetDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const result = await request({ variables: { input: { email: address, app } } }).catch(() => null);
    if (result?.data?.requestPasswordReset) setSentTo(address);
  };

  const fields = error ? fieldErrors(t, error) : {};
  return (
    <div className="r-auth-card">
      <h1 className="r-auth-card__title">{t('auth.forgotPassword.title')}</h1>
      {sentTo ? (
        <Alert tone="success">{t('auth.forgotPassword.sent', { email: sentTo })}</Alert>
      ) : (
        <>
          <p className="r-auth-card__intro">{t('auth.forgotPassword.intro')}</p>
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <TextField
              label={t('fields.email')}
              type="email"
              name="email"
              autoComplete="email"
              required
              value={email}
              error={fields['email']}
              onChange={(event) => setEmail(event.target.value)}
            />
            <Button type="submit" busy={loading} className="r-button--block">
              {loading ? t('auth.forgotPassword.submitting') : t('auth.forgotPassword.submit')}
            </Button>
          </form>
        </>
      )}
      <p className="r-auth-card__links">
        <Link to={signInPath}>{t('auth.forgotPassword.backToSignIn')}</Link>
      </p>
    </div>
  );
}

import { useSession } from '@relais/graphql-client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';

import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { TextField } from '../components/TextField';
import { errorMessage, fieldErrors } from '../errors/error-message';
import { useDocumentTitle } from '../shell/use-document-title';
import { redirectTarget } from './redirect';

export interface SignInPageProps {
  forgotPasswordPath?: string;
  /** More links under the form, e.g. the portal's "apply to join". */
  footer?: ReactNode;
}

/** E-mail and password; after success, back to the page that asked for sign-in (else home). */
export function SignInPage({ forgotPasswordPath = '/forgot-password', footer }: SignInPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signIn.title'));
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const target = redirectTarget(location.state);

  if (session.status === 'signedIn') return <Navigate to={target} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await session.signIn(email.trim(), password);
      void navigate(target, { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const fields = error ? fieldErrors(t, error) : {};
  return (
    <div className="r-auth-card">
      <h1 className="r-auth-card__title">{t('auth.signIn.title')}</h1>
      <p className="r-auth-card__intro">{t('auth.signIn.intro')}</p>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          error={fields['email']}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={fields['password']}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" busy={busy} className="r-button--block">
          {busy ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </Button>
      </form>
      <p className="r-auth-card__links">
        <Link to={forgotPasswordPath}>{t('auth.signIn.forgotPassword')}</Link>
      </p>
      {footer}
    </div>
  );
}

import { type Role, useSession } from '@relais/graphql-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';

import { Button } from '../components/Button';
import { Spinner } from '../components/Spinner';
import { PublicShell } from '../shell/AppShell';

export interface RequireAuthProps {
  /** Roles that may use what is inside; others see a "not allowed here" page. Omit for any signed-in user. */
  roles?: readonly Role[];
  /** Shown in the not-allowed page's header. */
  appName: string;
  signInPath?: string;
  children: ReactNode;
}

/**
 * Guards signed-in pages. While a stored session is being restored it waits (so a reload keeps
 * the page); signed out, it sends to sign-in remembering the page; a wrong role gets an
 * explanation and a sign-out button instead of a blank or broken page.
 */
export function RequireAuth({ roles, appName, signInPath = '/sign-in', children }: RequireAuthProps) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'signedOut') return <Navigate to={signInPath} replace state={{ from: location }} />;
  if (session.status === 'restoring' || !session.user) {
    return (
      <div className="r-page-loading">
        <Spinner label={t('auth.guard.checking')} />
      </div>
    );
  }
  if (roles && !roles.includes(session.user.role)) return <NotAllowed appName={appName} signInPath={signInPath} />;
  return <>{children}</>;
}

function NotAllowed({ appName, signInPath }: { appName: string; signInPath: string }) {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <PublicShell appName={appName}>
      <div className="r-auth-card">
        <h1 className="r-auth-card__title">{t('auth.guard.notAllowedTitle')}</h1>
        <p>{t('auth.guard.notAllowedBody', { email: user.email, role: t(`users.role.${user.role}`) })}</p>
        <p className="r-muted">{t('auth.guard.notAllowedHint')}</p>
        <Button
          onClick={async () => {
            await signOut();
            void navigate(signInPath, { replace: true });
          }}
        >
          {t('auth.signOut')}
        </Button>
      </div>
    </PublicShell>
  );
}

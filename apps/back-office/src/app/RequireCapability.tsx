import { useSession } from '@relais/graphql-client';
import { Alert, PageHeader } from '@relais/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { can, type Capability } from './access';

/** A page of the back-office that the user's role cannot use explains so instead of failing on every query. */
export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (can(user?.role, capability)) return <>{children}</>;
  return (
    <>
      <PageHeader title={t('backoffice.notAllowed')} />
      <Alert tone="info">{t('backoffice.notAllowedHint')}</Alert>
    </>
  );
}

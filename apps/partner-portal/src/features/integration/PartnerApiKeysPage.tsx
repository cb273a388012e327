import { useSession } from '@relais/graphql-client';
import { Alert, ApiKeysPage, PageHeader } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** A partner admin's keys, so the partner's own sales system can send declarations. */
export function PartnerApiKeysPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  if (user.role !== 'PARTNER_ADMIN') {
    return (
      <>
        <PageHeader title={t('integration.keys.title')} />
        <Alert tone="warning">{t('errors.FORBIDDEN_ROLE')}</Alert>
      </>
    );
  }
  return <ApiKeysPage intro={t('integration.keys.introPartner', { partner: user.partner?.name ?? '' })} />;
}

import { ApiKeysPage } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** The brand's keys, for its own systems (BI, CRM). */
export function BrandApiKeysPage() {
  const { t } = useTranslation();
  return <ApiKeysPage intro={t('integration.keys.introBrand')} />;
}

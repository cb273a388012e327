import { EmptyState, PageHeader } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notFound.title')} />
      <EmptyState title={t('common.notFound.body')} action={<Link to="/">{t('common.notFound.home')}</Link>} />
    </>
  );
}

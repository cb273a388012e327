import { EmptyState, useDocumentTitle } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFound.title'));
  return (
    <>
      <h1>{t('common.notFound.title')}</h1>
      <EmptyState title={t('common.notFound.body')} action={<Link to="/">{t('common.notFound.home')}</Link>} />
    </>
  );
}

import type { BackOfficeDeclarationDetailFragment } from '@relais/graphql-client';
import { Alert, Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

type Declaration = Pick<BackOfficeDeclarationDetailFragment, 'customer' | 'feedback' | 'customerDataErasedAt'>;

/** The end customer's profile and feedback on a declaration, and whether they were erased at the customer's request. */
export function CustomerDataCard({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = (key: string) => t(`privacy.declaration.${key}`);
  const { customer, feedback, customerDataErasedAt } = declaration;
  return (
    <Card title={d('title')} level={2}>
      {customerDataErasedAt ? <Alert tone="info">{t('privacy.declaration.erased', { date: format.dateTime(customerDataErasedAt) })}</Alert> : null}
      <dl className="r-dl">
        <dt>{d('type')}</dt>
        <dd>{customer?.type ? t(`declarations.customerType.${customer.type}`) : '—'}</dd>
        <dt>{d('postalCode')}</dt>
        <dd>{customer?.postalCode || '—'}</dd>
        <dt>{d('sector')}</dt>
        <dd>{customer?.sector || '—'}</dd>
        <dt>{d('rating')}</dt>
        <dd>{feedback?.rating ? t('privacy.results.rating', { rating: feedback.rating }) : '—'}</dd>
        <dt>{d('comment')}</dt>
        <dd>{feedback?.comment || '—'}</dd>
        <dt>{d('tags')}</dt>
        <dd>{feedback?.tags.length ? feedback.tags.join(', ') : '—'}</dd>
      </dl>
    </Card>
  );
}

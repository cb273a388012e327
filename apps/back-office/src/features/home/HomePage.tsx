import { useQuery } from '@apollo/client/react';
import {
  BackOfficePartnerCountDocument,
  BackOfficePendingApplicationCountDocument,
  BackOfficeProductCountDocument,
  BackOfficeRewardItemsDocument,
  BackOfficeRewardOrdersDocument,
  BackOfficeSegmentCountDocument,
  useSession,
} from '@relais/graphql-client';
import { PageHeader, Spinner } from '@relais/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { can } from '../../app/access';

function SectionCard({ to, title, children }: { to: string; title: string; children: ReactNode }) {
  return (
    <li className="bo-section-card">
      <h2 className="bo-section-card__title">
        <Link to={to}>{title}</Link>
      </h2>
      <p className="bo-section-card__body">{children}</p>
    </li>
  );
}

/** One card per section the role may use, each with its count. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const role = user?.role;
  const partners = useQuery(BackOfficePartnerCountDocument);
  const segments = useQuery(BackOfficeSegmentCountDocument, { skip: !can(role, 'segments.read') });
  const products = useQuery(BackOfficeProductCountDocument, { skip: !can(role, 'products.read') });
  const applications = useQuery(BackOfficePendingApplicationCountDocument, { skip: !can(role, 'applications.decide') });
  // Only the totals are read; one row is the least a page may ask for.
  const rewards = useQuery(BackOfficeRewardItemsDocument, { variables: { filter: { active: true }, page: { offset: 0, limit: 1 } }, skip: !can(role, 'rewards.read') });
  const requested = useQuery(BackOfficeRewardOrdersDocument, {
    variables: { filter: { statuses: ['REQUESTED'] }, page: { offset: 0, limit: 1 } },
    skip: !can(role, 'rewardOrders.fulfil'),
  });
  const count = (value: number | undefined, key: string) => (value === undefined ? <Spinner size="sm" label={t('common.loading')} /> : t(key, { count: value }));

  return (
    <>
      <PageHeader title={t('backoffice.home.title', { name: user?.firstName ?? '' })} intro={t('backoffice.home.intro')} />
      <ul className="bo-sections">
        <SectionCard to="/partners" title={t('nav.partners')}>
          {count(partners.data?.partners.total, 'backoffice.home.partnersTotal')}
        </SectionCard>
        {can(role, 'applications.decide') ? (
          <SectionCard to="/applications" title={t('nav.applications')}>
            {count(applications.data?.applications.length, 'backoffice.home.pendingApplications')}
          </SectionCard>
        ) : null}
        {can(role, 'segments.read') ? (
          <SectionCard to="/segments" title={t('nav.segments')}>
            {count(segments.data?.segments.length, 'backoffice.home.segmentsTotal')}
          </SectionCard>
        ) : null}
        {can(role, 'products.read') ? (
          <SectionCard to="/products" title={t('nav.products')}>
            {count(products.data?.products.total, 'backoffice.home.productsTotal')}
          </SectionCard>
        ) : null}
        {can(role, 'rewards.read') ? (
          <SectionCard to="/rewards" title={t('backofficeRewards.nav.catalogue')}>
            {count(rewards.data?.rewardItems.total, 'backofficeRewards.home.activeItems')}
          </SectionCard>
        ) : null}
        {can(role, 'rewardOrders.fulfil') ? (
          <SectionCard to="/reward-orders?status=REQUESTED" title={t('backofficeRewards.nav.orders')}>
            {count(requested.data?.rewardOrders.total, 'backofficeRewards.home.requestedOrders')}
          </SectionCard>
        ) : null}
        {can(role, 'users.read') ? (
          <SectionCard to="/users" title={t('nav.users')}>
            {t('backoffice.home.usersHint')}
          </SectionCard>
        ) : null}
      </ul>
    </>
  );
}

import './rewards.css';

import { useQuery } from '@apollo/client/react';
import { PortalMyRewardOrdersDocument, type RewardOrderStatus, useSession } from '@relais/graphql-client';
import { Alert, EmptyState, errorMessage, LiveRegion, PageHeader, Pagination, Select, Spinner, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { BalanceLine } from './BalanceLine';
import { RewardOrderCard } from './RewardOrderCard';
import { RewardsActions } from './RewardsActions';

const PAGE_SIZE = 10;
const STATUSES: RewardOrderStatus[] = ['REQUESTED', 'APPROVED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];

/** My reward orders (a partner admin: the team's), newest first, with their status, tracking and refunds. */
export function RewardOrdersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const arrived = (useLocation().state as { message?: string } | null)?.message ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<RewardOrderStatus | ''>('');
  const [offset, setOffset] = useState(0);
  useDocumentTitle(t('portalRewards.orders.title'));
  const list = useQuery(PortalMyRewardOrdersDocument, {
    variables: { filter: status ? { statuses: [status] } : null, page: { offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (list.data ?? list.previousData)?.myRewardOrders;
  const isAdmin = user?.role === 'PARTNER_ADMIN';

  return (
    <div className="r-stack">
      <Link to="/rewards" className="rewards-back">
        {t('portalRewards.backToCatalogue')}
      </Link>
      <PageHeader
        title={t('portalRewards.orders.title')}
        intro={isAdmin ? t('portalRewards.orders.introTeam') : t('portalRewards.orders.intro')}
        actions={<RewardsActions orders={false} />}
      />
      <LiveRegion message={message ?? arrived} tone="success" />
      <BalanceLine />
      <div className="rewards-status-filter">
        <Select
          label={t('portalRewards.orders.statusFilter')}
          placeholder={t('portalRewards.orders.allStatuses')}
          options={STATUSES.map((value) => ({ value, label: t(`portalRewards.status.${value}`) }))}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as RewardOrderStatus | '');
            setOffset(0);
          }}
        />
      </div>
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {!page && list.loading ? <Spinner label={t('common.loading')} /> : null}
      {page ? (
        page.items.length === 0 ? (
          <EmptyState title={status ? t('portalRewards.orders.emptyFiltered') : t('portalRewards.orders.empty')} />
        ) : (
          <>
            <ul className="rewards-orders" aria-label={t('portalRewards.orders.listLabel')}>
              {page.items.map((order) => (
                <li key={order.id}>
                  <RewardOrderCard order={order} showOrderer={isAdmin} canCancel onDone={setMessage} />
                </li>
              ))}
            </ul>
            <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )
      ) : null}
    </div>
  );
}

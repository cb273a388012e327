import type { BackOfficeRewardItemFragment, RewardOrderStatus } from '@relais/graphql-client';
import { Badge, type BadgeTone, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

const ORDER_TONE: Record<RewardOrderStatus, BadgeTone> = {
  REQUESTED: 'info',
  APPROVED: 'warning',
  SHIPPED: 'info',
  DELIVERED: 'success',
  REJECTED: 'danger',
  CANCELLED: 'neutral',
};

export function OrderStatusBadge({ status }: { status: RewardOrderStatus }) {
  const { t } = useTranslation();
  return <Badge tone={ORDER_TONE[status]}>{t(`backofficeRewards.orderStatus.${status}`)}</Badge>;
}

/** "150 pts", in the user's language. */
export function usePoints() {
  const { t } = useTranslation();
  return (count: number) => t('backofficeRewards.points', { count });
}

/** The stock as words: a number, unlimited, or out of stock. */
export function StockText({ stock }: { stock: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (stock === null) return <>{t('backofficeRewards.catalogue.unlimited')}</>;
  if (stock <= 0) return <Badge tone="danger">{t('backofficeRewards.catalogue.outOfStock')}</Badge>;
  return <>{format.number(stock)}</>;
}

/** The availability window as a sentence ("From 1 December 2026", "Always"). */
export function useWindowText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (item: Pick<BackOfficeRewardItemFragment, 'availableFrom' | 'availableTo'>) => {
    const from = item.availableFrom ? format.date(item.availableFrom) : '';
    const to = item.availableTo ? format.date(item.availableTo) : '';
    if (from && to) return t('backofficeRewards.catalogue.windowFromTo', { from, to });
    if (from) return t('backofficeRewards.catalogue.windowFrom', { from });
    if (to) return t('backofficeRewards.catalogue.windowTo', { to });
    return t('backofficeRewards.catalogue.always');
  };
}

import { useQuery } from '@apollo/client/react';
import { PortalRewardBalanceDocument } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';

import { usePointsText } from '../points/use-points-text';

/** My available balance, the one orders are paid from; a polite live region so a change after an order is heard. */
export function BalanceLine() {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const balance = useQuery(PortalRewardBalanceDocument, { fetchPolicy: 'cache-and-network' });
  const available = balance.data?.myPoints.user.available;
  return (
    <p className="rewards-balance" aria-live="polite" data-testid="rewards-balance">
      {available === undefined ? t('portalRewards.balanceLoading') : t('portalRewards.balance', { points: points(available) })}
    </p>
  );
}

/** The available balance, for pages that compute with it. */
export function useAvailableBalance(): number | undefined {
  const balance = useQuery(PortalRewardBalanceDocument, { fetchPolicy: 'cache-and-network' });
  return balance.data?.myPoints.user.available;
}

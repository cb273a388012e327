import type { PortalWalletFragment } from '@relais/graphql-client';
import { Card } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { usePointsText } from './use-points-text';

interface WalletCardProps {
  title: string;
  wallet: PortalWalletFragment;
  returnWindowDays: number;
  expiringSoonDays: number;
}

/** One wallet's four figures, each with the sentence that says what it counts. */
export function WalletCard({ title, wallet, returnWindowDays, expiringSoonDays }: WalletCardProps) {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const rows = [
    { key: 'available', value: wallet.available, hint: t('portalPoints.wallets.availableHint') },
    { key: 'pending', value: wallet.pending, hint: t('portalPoints.wallets.pendingHint', { count: returnWindowDays }) },
    { key: 'expiringSoon', value: wallet.expiringSoon, hint: t('portalPoints.wallets.expiringSoonHint', { count: expiringSoonDays }) },
    { key: 'lifetimeEarned', value: wallet.lifetimeEarned, hint: t('portalPoints.wallets.lifetimeEarnedHint') },
  ] as const;
  return (
    <Card title={title} className="points-wallet">
      <dl className="points-wallet__figures">
        {rows.map((row) => (
          <div key={row.key} className={`points-wallet__figure points-wallet__figure--${row.key}`}>
            <dt>{t(`portalPoints.wallets.${row.key}`)}</dt>
            <dd>
              <span className="points-wallet__value">{points(row.value)}</span>
              <span className="points-wallet__hint">{row.hint}</span>
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

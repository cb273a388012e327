import './points.css';

import { useQuery } from '@apollo/client/react';
import { PortalMyPointsDocument, useSession } from '@relais/graphql-client';
import { Alert, errorMessage, PageHeader, Spinner, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type HistoryOwner, HistoryOwnerPicker, MemberBalance } from './HistoryOwnerPicker';
import { PointsHistory } from './PointsHistory';
import { WalletCard } from './WalletCard';

/** My wallet and my partner's side by side, then the history of the wallet I choose. */
export function PointsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const points = useQuery(PortalMyPointsDocument, { fetchPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<HistoryOwner | null>(null);
  useDocumentTitle(t('portalPoints.title'));
  if (!user) return null;

  const data = points.data;
  const partnerTitle = user.partner?.name ? t('portalPoints.wallets.partner', { partner: user.partner.name }) : t('portalPoints.wallets.partnerFallback');
  const historyOwner: HistoryOwner = chosen ?? { owner: { ownerType: 'USER', ownerId: user.id }, label: t('portalPoints.history.mine') };
  const isTeammate = historyOwner.owner.ownerType === 'USER' && historyOwner.owner.ownerId !== user.id;

  return (
    <div className="r-stack">
      <PageHeader
        title={t('portalPoints.title')}
        intro={t('portalPoints.intro')}
        actions={
          <Link className="r-button r-button--secondary" to="/points/simulate">
            {t('portalPoints.simulateLink')}
          </Link>
        }
      />
      <section aria-labelledby="points-wallets-title" className="r-stack">
        <h2 id="points-wallets-title" className="r-visually-hidden">
          {t('portalPoints.wallets.title')}
        </h2>
        {points.error && !data ? <Alert tone="error">{errorMessage(t, points.error)}</Alert> : null}
        {data ? (
          <>
            <div className="r-grid r-grid--2">
              <WalletCard
                title={t('portalPoints.wallets.mine')}
                wallet={data.myPoints.user}
                returnWindowDays={data.programmeSettings.returnWindowDays}
                expiringSoonDays={data.programmeSettings.expiringSoonDays}
              />
              <WalletCard
                title={partnerTitle}
                wallet={data.myPoints.partner}
                returnWindowDays={data.programmeSettings.returnWindowDays}
                expiringSoonDays={data.programmeSettings.expiringSoonDays}
              />
            </div>
            <p className="r-muted">{t('portalPoints.wallets.expiryRule', { count: data.programmeSettings.pointsExpiryMonths })}</p>
          </>
        ) : points.loading ? (
          <Spinner label={t('common.loading')} />
        ) : null}
      </section>
      <section aria-labelledby="points-history-title" className="r-stack">
        <h2 id="points-history-title">{t('portalPoints.history.title')}</h2>
        <HistoryOwnerPicker value={historyOwner} onChange={setChosen} />
        {isTeammate ? <MemberBalance owner={historyOwner.owner} /> : null}
        <PointsHistory owner={historyOwner.owner} ownerLabel={historyOwner.label} />
      </section>
    </div>
  );
}

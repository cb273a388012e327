import type { PortalRewardItemFragment } from '@relais/graphql-client';
import { Badge } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePointsText } from '../points/use-points-text';
import { RewardImage } from './RewardImage';
import { stockText } from './stock-text';

/** One item of the catalogue: picture, title (a link to its page), cost, stock and whether I can order it. */
export function RewardCard({ item, isNew }: { item: PortalRewardItemFragment; isNew: boolean }) {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const outOfStock = item.stock !== null && item.stock <= 0;
  return (
    <article className="rewards-card">
      <RewardImage url={item.imageUrls[0]} alt="" category={item.category} className="rewards-card__image" />
      <div className="rewards-card__body">
        <div className="rewards-card__badges">
          <Badge tone="neutral">{t(`portalRewards.category.${item.category}`)}</Badge>
          {isNew ? <Badge tone="info">{t('portalRewards.list.new')}</Badge> : null}
        </div>
        <h2 className="rewards-card__title">
          <Link to={`/rewards/${item.id}`}>{item.title}</Link>
        </h2>
        <p className="rewards-card__cost">
          <span className="r-visually-hidden">{t('portalRewards.list.cost')}: </span>
          {points(item.pointsCost)}
        </p>
        <p className={outOfStock ? 'rewards-card__stock rewards-card__stock--out' : 'rewards-card__stock'}>{stockText(t, item.stock)}</p>
        {item.orderableByMe === false && !outOfStock ? <p className="rewards-card__note">{t('portalRewards.list.notOrderable')}</p> : null}
        {item.orderableByMe !== false && item.affordable === false ? <p className="rewards-card__note">{t('portalRewards.list.notAffordable')}</p> : null}
      </div>
    </article>
  );
}

import './rewards.css';

import { useQuery } from '@apollo/client/react';
import { PortalRewardItemDocument, type PortalRewardItemFragment } from '@relais/graphql-client';
import { Alert, Badge, Card, errorCode, errorMessage, PageHeader, Spinner, useDocumentTitle, useFormat } from '@relais/ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { usePointsText } from '../points/use-points-text';
import { AddToCart } from './AddToCart';
import { BalanceLine } from './BalanceLine';
import { RewardImage } from './RewardImage';
import { RewardsActions } from './RewardsActions';
import { stockText } from './stock-text';

/** One item: its pictures, description, cost, limits and availability, and a quantity to add to the cart. */
export function RewardDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const result = useQuery(PortalRewardItemDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const item = result.data?.rewardItem;
  useDocumentTitle(item?.title ?? t('portalRewards.title'));

  const back = (
    <Link to="/rewards" className="rewards-back">
      {t('portalRewards.backToCatalogue')}
    </Link>
  );
  if (!item) {
    return (
      <div className="r-stack">
        {back}
        {result.error ? (
          <Alert tone="error">{errorCode(result.error).endsWith('NOT_FOUND') ? t('portalRewards.item.notFound') : errorMessage(t, result.error)}</Alert>
        ) : (
          <Spinner label={t('common.loading')} />
        )}
      </div>
    );
  }
  return (
    <div className="r-stack">
      {back}
      <PageHeader title={item.title} actions={<RewardsActions />} />
      <div className="rewards-detail">
        {item.imageUrls.length ? <Gallery item={item} /> : null}
        <div className="r-stack">
          <p className="rewards-detail__description">{item.description}</p>
          <ItemFacts item={item} />
          <Card title={t('portalRewards.item.addToCart')} level={2}>
            <div className="r-stack">
              <BalanceLine />
              <AddToCart item={item} />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}

function Gallery({ item }: { item: PortalRewardItemFragment }) {
  const { t } = useTranslation();
  const [first, ...others] = item.imageUrls;
  return (
    <section aria-labelledby="reward-images" className="rewards-gallery">
      <h2 id="reward-images" className="r-visually-hidden">
        {t('portalRewards.item.images')}
      </h2>
      <RewardImage url={first} alt={t('portalRewards.item.imageAlt', { number: 1, title: item.title })} category={item.category} className="rewards-gallery__main" />
      {others.length ? (
        <ul className="rewards-gallery__more">
          {others.map((url, index) => (
            <li key={url}>
              <RewardImage url={url} alt={t('portalRewards.item.imageAlt', { number: index + 2, title: item.title })} category={item.category} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function windowText(t: TFunction, date: (value: string) => string, item: PortalRewardItemFragment): string | null {
  if (item.availableFrom && item.availableTo) return t('portalRewards.item.availableBetween', { from: date(item.availableFrom), to: date(item.availableTo) });
  if (item.availableFrom) return t('portalRewards.item.availableFrom', { date: date(item.availableFrom) });
  if (item.availableTo) return t('portalRewards.item.availableTo', { date: date(item.availableTo) });
  return null;
}

function ItemFacts({ item }: { item: PortalRewardItemFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { points } = usePointsText();
  const window = windowText(t, format.date, item);
  const limit =
    item.limitPerUser === null
      ? t('portalRewards.item.noLimit')
      : t('portalRewards.item.limitValue', { count: item.limitPerUser, period: t(`portalRewards.period.${item.limitPeriod ?? 'EVER'}`) });
  return (
    <section aria-labelledby="reward-details">
      <h2 id="reward-details" className="r-visually-hidden">
        {t('portalRewards.item.details')}
      </h2>
      <dl className="r-dl">
        <dt>{t('portalRewards.item.cost')}</dt>
        <dd className="rewards-detail__cost">{points(item.pointsCost)}</dd>
        <dt>{t('portalRewards.item.category')}</dt>
        <dd>
          <Badge tone="neutral">{t(`portalRewards.category.${item.category}`)}</Badge>
        </dd>
        <dt>{t('portalRewards.item.delivery')}</dt>
        <dd>{t(`portalRewards.delivery.${item.delivery}`)}</dd>
        <dt>{t('portalRewards.item.stock')}</dt>
        <dd>{stockText(t, item.stock)}</dd>
        <dt>{t('portalRewards.item.limit')}</dt>
        <dd>{limit}</dd>
        {window ? (
          <>
            <dt>{t('portalRewards.item.window')}</dt>
            <dd>{window}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

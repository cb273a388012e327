import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useCart } from './cart';

/** The links every rewards page offers: my orders, and the cart with its count. */
export function RewardsActions({ orders = true }: { orders?: boolean }) {
  const { t } = useTranslation();
  const { count } = useCart();
  return (
    <>
      {orders ? (
        <Link className="r-button r-button--secondary" to="/rewards/orders">
          {t('portalRewards.ordersLink')}
        </Link>
      ) : null}
      <Link className="r-button r-button--primary" to="/rewards/checkout" data-testid="cart-link">
        {t('portalRewards.cartLink', { count })}
      </Link>
    </>
  );
}

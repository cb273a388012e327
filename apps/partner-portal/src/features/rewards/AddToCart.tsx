import type { PortalRewardItemFragment } from '@relais/graphql-client';
import { Button, LiveRegion, TextField } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { usePointsText } from '../points/use-points-text';
import { useAvailableBalance } from './BalanceLine';
import { MAX_QUANTITY, useCart } from './cart';

/** The quantity and the "Add to cart" button of an item, or why I cannot order it. */
export function AddToCart({ item }: { item: PortalRewardItemFragment }) {
  const { t } = useTranslation();
  const { points } = usePointsText();
  const cart = useCart();
  const available = useAvailableBalance();
  const [quantity, setQuantity] = useState('1');
  const [added, setAdded] = useState<string | null>(null);
  const inCart = cart.quantityOf(item.id);
  const max = Math.max(1, Math.min(MAX_QUANTITY - inCart, item.stock ?? MAX_QUANTITY, item.limitPerUser ?? MAX_QUANTITY));
  const parsed = Number(quantity);
  const valid = Number.isInteger(parsed) && parsed >= 1 && parsed <= max;
  const canOrder = item.orderableByMe !== false;
  const missing = available === undefined ? 0 : (inCart + (valid ? parsed : 1)) * item.pointsCost - available;

  const reason = !Number.isInteger(parsed) ? 'isInt' : parsed < 1 ? 'min' : 'max';
  if (!canOrder) return <p className="rewards-warning">{t('portalRewards.item.cannotOrder')}</p>;
  return (
    <form
      className="r-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return;
        cart.add({ itemId: item.id, title: item.title, pointsCost: item.pointsCost, delivery: item.delivery }, parsed);
        setAdded(t('portalRewards.item.added', { quantity: parsed, title: item.title }));
        setQuantity('1');
      }}
    >
      <TextField
        label={t('portalRewards.item.quantity')}
        type="number"
        inputMode="numeric"
        min={1}
        max={max}
        step={1}
        required
        value={quantity}
        hint={inCart ? t('portalRewards.item.inCart', { count: inCart }) : undefined}
        error={quantity !== '' && !valid ? t(`validation.${reason}`, { field: t('portalRewards.item.quantity') }) : null}
        onChange={(event) => setQuantity(event.target.value)}
        className="rewards-quantity"
      />
      {missing > 0 ? <p className="rewards-warning">{t('portalRewards.item.cannotAfford', { points: points(missing) })}</p> : null}
      <div className="r-form-actions">
        <Button type="submit" disabled={!valid}>
          {t('portalRewards.item.addToCart')}
        </Button>
        {cart.count > 0 ? (
          <Link className="r-button r-button--secondary" to="/rewards/checkout">
            {t('portalRewards.item.goToCheckout')}
          </Link>
        ) : null}
      </div>
      <LiveRegion message={added} tone="success" />
    </form>
  );
}

import { Button } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { usePointsText } from '../points/use-points-text';
import type { CartLine } from './cart';
import { QuantityInput } from './QuantityInput';

interface CheckoutLinesProps {
  lines: readonly CartLine[];
  errors: Record<string, string>;
  onQuantity(itemId: string, quantity: number): void;
  onRemove(line: CartLine): void;
}

/** The cart's lines, each with its quantity box (and the API's error for it) and a remove button. */
export function CheckoutLines({ lines, errors, onQuantity, onRemove }: CheckoutLinesProps) {
  const { t } = useTranslation();
  const { points } = usePointsText();
  return (
    <ul className="rewards-lines" aria-label={t('portalRewards.checkout.lineCaption')}>
      {lines.map((line, index) => {
        const id = `cart-line-${index}-quantity`;
        const error = errors[`lines.${index}.quantity`] ?? errors[`lines.${index}.itemId`] ?? errors[`lines.${index}`];
        return (
          <li key={line.itemId} className={error ? 'rewards-line rewards-line--invalid' : 'rewards-line'}>
            <div className="rewards-line__what">
              <p className="rewards-line__title">{line.title}</p>
              <p className="r-muted">
                {t('portalRewards.checkout.colEach')}: {points(line.pointsCost)} · {t(`portalRewards.delivery.${line.delivery}`)}
              </p>
            </div>
            <div className="rewards-line__quantity-field">
              <label htmlFor={id} className="r-field__label">
                {t('portalRewards.checkout.colQuantity')}
                <span className="r-visually-hidden"> {line.title}</span>
              </label>
              <QuantityInput id={id} value={line.quantity} onChange={(quantity) => onQuantity(line.itemId, quantity)} error={error} errorId={`${id}-error`} />
            </div>
            <p className="rewards-line__points">
              <span className="r-visually-hidden">{t('portalRewards.checkout.colTotal')}: </span>
              {points(line.quantity * line.pointsCost)}
            </p>
            <Button variant="ghost" size="sm" aria-label={t('portalRewards.checkout.removeLabel', { title: line.title })} onClick={() => onRemove(line)}>
              {t('portalRewards.checkout.remove')}
            </Button>
            {error ? (
              <p className="r-field__error rewards-line__error" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { createI18n } from '@relais/i18n';

import { checkoutFieldErrors, newIdempotencyKey } from './checkout-errors';
import { stockText } from './stock-text';

const t = createI18n('en').t;

const answer = (extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ data: null, errors: [{ message: 'server words', extensions }] });

describe('checkoutFieldErrors', () => {
  it('keys each problem of a bad input by its path, with the checkout’s label', () => {
    const error = answer({
      code: 'INVALID_INPUT',
      field: 'shippingAddress.postalCode',
      reason: 'isNotEmpty',
      fields: [
        { field: 'shippingAddress.postalCode', reason: 'isNotEmpty' },
        { field: 'lines.1.quantity', reason: 'max' },
      ],
    });
    expect(checkoutFieldErrors(t, error)).toEqual({
      'shippingAddress.postalCode': 'Postal code is required.',
      'lines.1.quantity': 'Quantity is too large.',
    });
  });

  it('says a domain problem of a line with the code’s own message', () => {
    const error = answer({ code: 'REWARD_OUT_OF_STOCK', field: 'lines.0.quantity', reason: 'stock' });
    expect(checkoutFieldErrors(t, error)).toEqual({ 'lines.0.quantity': 'There is not enough stock left for this quantity.' });
  });

  it('gives nothing for an error that is not a GraphQL answer', () => {
    expect(checkoutFieldErrors(t, new Error('offline'))).toEqual({});
  });
});

describe('newIdempotencyKey', () => {
  it('gives a new key each time', () => {
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});

describe('stockText', () => {
  it('says unlimited, out, low and plenty apart', () => {
    expect(stockText(t, null)).toBe('Available');
    expect(stockText(t, 0)).toBe('Out of stock');
    expect(stockText(t, 1)).toBe('Only 1 left');
    expect(stockText(t, 40)).toBe('40 left');
  });
});

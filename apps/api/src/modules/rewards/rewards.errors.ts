import { conflict, invalidField, notFound } from '../../core/errors/domain-error';

/** Errors of the reward catalogue and orders; the apps translate them under errors.<CODE>. */
export const RewardErrors = {
  /** Also the answer for an item a partner may not see: existence is not revealed. */
  itemNotFound: () => notFound('REWARD_ITEM_NOT_FOUND', 'Reward item not found'),
  skuTaken: () => invalidField('REWARD_SKU_TAKEN', 'sku', 'unique', 'Another reward item uses this SKU'),
  windowInvalid: () => invalidField('REWARD_WINDOW_INVALID', 'availableTo', 'afterAvailableFrom', 'The window ends before it starts'),
  restockInvalid: () => invalidField('INVALID_INPUT', 'quantity', 'min', 'Restock by at least one unit'),
  restockUnlimited: () => invalidField('REWARD_STOCK_UNLIMITED', 'id', 'unlimited', 'This item has no stock to add to'),
  lineItemNotFound: (index: number) => invalidField('REWARD_ITEM_NOT_FOUND', `lines.${index}.itemId`, 'exists', 'Reward item not found'),
  lineUnavailable: (index: number) => invalidField('REWARD_ITEM_UNAVAILABLE', `lines.${index}.itemId`, 'available', 'This item cannot be ordered now'),
  lineDuplicate: (index: number) => invalidField('REWARD_DUPLICATE_LINE', `lines.${index}.itemId`, 'unique', 'This item is already on another line'),
  outOfStock: (index: number) => invalidField('REWARD_OUT_OF_STOCK', `lines.${index}.quantity`, 'stock', 'Not enough stock'),
  limitReached: (index: number) => invalidField('REWARD_LIMIT_REACHED', `lines.${index}.quantity`, 'limitPerUser', 'This would exceed the limit per person'),
  insufficientPoints: () => invalidField('INSUFFICIENT_POINTS', 'lines', 'balance', 'Not enough available points'),
  addressRequired: () => invalidField('REWARD_SHIPPING_ADDRESS_REQUIRED', 'shippingAddress', 'required', 'A shipping address is needed for shipped items'),
  emailRequired: () => invalidField('REWARD_DELIVERY_EMAIL_REQUIRED', 'deliveryEmail', 'required', 'An e-mail is needed for digital items'),
  orderNotFound: () => notFound('REWARD_ORDER_NOT_FOUND', 'Reward order not found'),
  statusConflict: (status: string) => conflict('REWARD_ORDER_STATUS_CONFLICT', `The order is ${status}: this cannot be done now`),
  tooManyIds: () => invalidField('INVALID_INPUT', 'ids', 'arrayMaxSize'),
};

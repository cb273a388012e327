import type { TFunction } from 'i18next';

/** Under this many left, the card says "Only N left". */
const LOW_STOCK = 5;

/** "Out of stock", "Only 3 left", "12 left" or "Available" (unlimited). */
export function stockText(t: TFunction, stock: number | null): string {
  if (stock === null) return t('portalRewards.stock.unlimited');
  if (stock <= 0) return t('portalRewards.stock.out');
  return stock <= LOW_STOCK ? t('portalRewards.stock.low', { count: stock }) : t('portalRewards.stock.inStock', { count: stock });
}

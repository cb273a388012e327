import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

interface Sale {
  saleDate?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
}

/** "12 March 2026" or "1 to 31 March 2026" in the active language. */
export function useSaleLabel() {
  const { t } = useTranslation();
  const format = useFormat();
  return (sale: Sale): string => {
    if (sale.saleDate) return t('portalDeclarations.sale.date', { date: format.date(sale.saleDate) });
    if (sale.periodStart && sale.periodEnd) {
      return t('portalDeclarations.sale.period', { from: format.date(sale.periodStart), to: format.date(sale.periodEnd) });
    }
    return t('portalDeclarations.sale.none');
  };
}

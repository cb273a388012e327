import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** "1 250 pts", and the signed "+120 pts" / "−40 pts" of a ledger entry, in the active language. */
export function usePointsText() {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (value: number) => t('portalPoints.points', { count: value, formatted: format.number(value) });
  const signed = (value: number) => {
    const text = t('portalPoints.points', { count: Math.abs(value), formatted: format.number(Math.abs(value)) });
    if (value > 0) return `+${text}`;
    return value < 0 ? `\u2212${text}` : text;
  };
  return { points, signed };
}

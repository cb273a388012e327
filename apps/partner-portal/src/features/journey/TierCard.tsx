import type { PortalJourneyQuery, TierFieldsFragment } from '@relais/graphql-client';
import { Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { metricValue } from './journey-text';

type TierStatus = PortalJourneyQuery['tierStatus'];

/** A tier's name in the reader's language. */
export const tierName = (language: string, tier: Pick<TierFieldsFragment, 'nameEn' | 'nameFr'>) => (language.startsWith('fr') ? tier.nameFr : tier.nameEn);

/** The partner's tier, its multiplier and the distance to the next one. */
export function TierCard({ status, compact = false }: { status: TierStatus; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const metric = status.basis === 'POINTS' ? null : 'SALES_AMOUNT';
  const amount = (value: number) => (metric ? metricValue(format, metric, value) : format.number(value));
  const next = status.nextTier;
  return (
    <Card title={t('progression.tier.title')} className="journey-tier">
      <p className="journey-tier__name">{status.tier ? tierName(i18n.language, status.tier) : t('progression.tier.none')}</p>
      {status.tier ? <p>{t('progression.tier.multiplier', { factor: format.number(status.tier.multiplier) })}</p> : null}
      {!compact && status.since ? <p className="r-muted">{t('progression.tier.since', { date: format.date(status.since) })}</p> : null}
      <p className="r-muted">{t(`progression.tier.basis.${status.basis}`, { value: amount(status.value) })}</p>
      {next && status.missing !== null && status.missing !== undefined ? (
        <>
          <p>{t(`progression.tier.next.${status.basis}`, { missing: amount(status.missing), tier: tierName(i18n.language, next), factor: format.number(next.multiplier) })}</p>
          <progress
            className="journey-criterion__bar"
            max={next.threshold}
            value={Math.min(status.value, next.threshold)}
            aria-label={`${t('progression.tier.progressLabel', { tier: tierName(i18n.language, next) })}: ${amount(status.value)} / ${amount(next.threshold)}`}
          />
        </>
      ) : (
        <p>{t('progression.tier.top')}</p>
      )}
    </Card>
  );
}

import { useQuery } from '@apollo/client/react';
import { BackOfficePartnerJourneyDocument } from '@relais/graphql-client';
import { Alert, Card, errorMessage, Spinner, Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { tierLabel } from './tier-name';

/** A partner's journey and tier as the brand sees them: each stage's status and its criteria's figures. */
export function PartnerJourneyCard({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { data, error, loading } = useQuery(BackOfficePartnerJourneyDocument, { variables: { partnerId }, fetchPolicy: 'cache-and-network' });
  const p = (key: string) => `backofficeProgression.partner.${key}`;
  const amount = (metric: string, value: number) => (metric === 'SALES_AMOUNT' ? format.currency(value) : format.number(value));
  return (
    <Card title={t(p('journeyTitle'))}>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {!data && loading ? <Spinner label={t('common.loading')} /> : null}
      {data ? (
        <>
          <dl className="r-dl">
            <dt>{t(p('tier'))}</dt>
            <dd>
              {tierLabel(i18n.language, data.tierStatus.tier, t(p('noTier')))}
              {data.tierStatus.nextTier && data.tierStatus.missing !== null && data.tierStatus.missing !== undefined
                ? ` · ${t(p('toNext'), { tier: tierLabel(i18n.language, data.tierStatus.nextTier, ''), missing: amount(data.tierStatus.basis, data.tierStatus.missing) })}`
                : null}
            </dd>
          </dl>
          <Table
            caption={t(p('journeyCaption'))}
            columns={[
              { key: 'stage', header: t(p('stage')), cell: (s) => t(`progression.stage.${s.stage}`) },
              { key: 'status', header: t(p('status')), cell: (s) => (s.completedAt ? `${t(`progression.status.${s.status}`)} (${format.date(s.completedAt)})` : t(`progression.status.${s.status}`)) },
              {
                key: 'criteria',
                header: t(p('criteria')),
                cell: (s) =>
                  s.criteria
                    .map((c) => `${t(`progression.metric.${c.criterion.metric}`)} ${amount(c.criterion.metric, c.value)} / ${amount(c.criterion.metric, c.criterion.threshold)}`)
                    .join(' · ') || '—',
              },
            ]}
            rows={data.journey.stages}
            rowKey={(s) => s.stage}
          />
        </>
      ) : null}
    </Card>
  );
}

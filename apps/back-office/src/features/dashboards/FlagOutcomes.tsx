import type { BackOfficeDeclarationFunnelQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

type Flag = BackOfficeDeclarationFunnelQuery['declarationFunnel']['flags'][number];

/** Each kind of flag raised in the period and what became of the declarations that raised it. */
export function FlagOutcomes({ flags }: { flags: readonly Flag[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string) => t(`dashboards.funnel.${key}`);
  const count = (value: number) => format.number(value);
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="flag-outcomes-title">
      <h3 id="flag-outcomes-title">{f('flags')}</h3>
      <p className="r-muted">{f('flagsHint')}</p>
      <Table
        caption={f('flags')}
        captionHidden
        columns={[
          { key: 'code', header: f('flagColumn'), cell: (r) => t(`dashboards.funnel.flag.${r.code}`, { defaultValue: r.code }) },
          { key: 'raised', header: f('raised'), cell: (r) => count(r.raised), align: 'end' },
          { key: 'approved', header: f('approvedInPart'), cell: (r) => count(r.approved), align: 'end' },
          { key: 'rejected', header: f('stage.rejected'), cell: (r) => count(r.rejected), align: 'end' },
          { key: 'open', header: f('stage.pending'), cell: (r) => count(r.open), align: 'end' },
          { key: 'previous', header: t('dashboards.sales.previous'), cell: (r) => count(r.previousRaised), align: 'end' },
        ]}
        rows={flags}
        rowKey={(r) => r.code}
        empty={f('noFlags')}
      />
    </section>
  );
}

import type { BackOfficeDeclarationFunnelQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Point = BackOfficeDeclarationFunnelQuery['declarationFunnel']['series'][number];

/** Declarations submitted and approved month by month; the table holds the same figures. */
export function FunnelOverTime({ series }: { series: readonly Point[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string) => t(`dashboards.funnel.${key}`);
  const short = new Intl.DateTimeFormat(format.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const data = series.map((p) => ({ name: short.format(new Date(`${p.period}T00:00:00Z`)), submitted: p.submitted, approved: p.approved }));
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="funnel-over-time-title">
      <h3 id="funnel-over-time-title">{f('overTime')}</h3>
      <figure className="sales-dashboard__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} minTickGap={8} />
            <YAxis allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 12 }} width={48} tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} />
            <Tooltip formatter={(v) => format.number(Number(v))} />
            <Legend />
            <Bar dataKey="submitted" name={f('stage.submitted')} fill="#0b5394" />
            <Bar dataKey="approved" name={f('approvedInPart')} fill="#1e7b34" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <details className="sales-dashboard__details">
        <summary>{t('dashboards.sales.showTable')}</summary>
        <Table
          caption={f('overTime')}
          columns={[
            { key: 'period', header: t('dashboards.sales.period'), cell: (p) => long.format(new Date(`${p.period}T00:00:00Z`)) },
            { key: 'submitted', header: f('stage.submitted'), cell: (p) => format.number(p.submitted), align: 'end' },
            { key: 'approved', header: f('approvedInPart'), cell: (p) => format.number(p.approved), align: 'end' },
          ]}
          rows={series}
          rowKey={(p) => p.period}
        />
      </details>
    </section>
  );
}

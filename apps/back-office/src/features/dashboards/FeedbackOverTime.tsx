import type { BackOfficeCustomerFeedbackQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { averageText, dayText } from './feedback-figures';

type Point = BackOfficeCustomerFeedbackQuery['customerFeedback']['series'][number];

/** The average rating month by month (line) over the number of ratings (bars); the table holds the same figures. */
export function FeedbackOverTime({ series }: { series: readonly Point[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string) => t(`dashboards.feedback.${key}`);
  const data = series.map((p) => ({ name: dayText(format.locale, p.period, { month: 'short', year: '2-digit' }), count: p.count, average: p.average }));
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="feedback-over-time-title">
      <h3 id="feedback-over-time-title">{f('overTime')}</h3>
      <figure className="sales-dashboard__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} minTickGap={8} />
            <YAxis yAxisId="count" allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 12 }} width={40} tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} />
            <YAxis yAxisId="average" orientation="right" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fill: '#1b2430', fontSize: 12 }} width={24} />
            <Tooltip formatter={(v) => format.number(Number(v), { maximumFractionDigits: 2 })} />
            <Legend />
            <Bar yAxisId="count" dataKey="count" name={f('count')} fill="#8a9bb0" />
            <Line yAxisId="average" dataKey="average" name={f('average')} stroke="#0b5394" strokeWidth={2} connectNulls={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <details className="sales-dashboard__details">
        <summary>{t('dashboards.sales.showTable')}</summary>
        <Table
          caption={f('overTime')}
          columns={[
            { key: 'period', header: f('month'), cell: (p) => dayText(format.locale, p.period, { month: 'long', year: 'numeric' }) },
            { key: 'average', header: f('average'), cell: (p) => averageText(t, format, p.average), align: 'end' },
            { key: 'count', header: f('count'), cell: (p) => format.number(p.count), align: 'end' },
          ]}
          rows={series}
          rowKey={(p) => p.period}
        />
      </details>
    </section>
  );
}

import type { BackOfficeCustomerFeedbackQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type Row = BackOfficeCustomerFeedbackQuery['customerFeedback']['distribution'][number];

/** How many ratings of each value, this period and the previous one; the table holds the same figures. */
export function FeedbackDistribution({ distribution }: { distribution: readonly Row[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string, options?: Record<string, unknown>) => t(`dashboards.feedback.${key}`, options);
  const data = distribution.map((r) => ({ name: f('stars', { count: r.rating }), count: r.count, previousCount: r.previousCount }));
  return (
    <section className="sales-dashboard__section" aria-labelledby="feedback-distribution-title">
      <h3 id="feedback-distribution-title">{f('distribution')}</h3>
      <figure className="sales-dashboard__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={80} tick={{ fill: '#1b2430', fontSize: 12 }} />
            <Tooltip formatter={(v) => format.number(Number(v))} />
            <Legend />
            <Bar dataKey="count" name={f('count')} fill="#0b5394" />
            <Bar dataKey="previousCount" name={f('previous')} fill="#8a9bb0" />
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <Table
        caption={f('distribution')}
        captionHidden
        columns={[
          { key: 'rating', header: f('rating'), cell: (r) => f('stars', { count: r.rating }) },
          { key: 'count', header: f('count'), cell: (r) => format.number(r.count), align: 'end' },
          { key: 'previous', header: f('previous'), cell: (r) => format.number(r.previousCount), align: 'end' },
        ]}
        rows={distribution}
        rowKey={(r) => String(r.rating)}
      />
    </section>
  );
}

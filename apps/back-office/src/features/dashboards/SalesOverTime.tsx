import type { BackOfficeSalesOverviewQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { amountOf } from './sales-figures';

type Overview = BackOfficeSalesOverviewQuery['salesOverview'];

/** The sell-out month by month as a line; the table under it holds the same figures. */
export function SalesOverTime({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = (key: string) => t(`dashboards.sales.${key}`);
  const short = new Intl.DateTimeFormat(format.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const label = (period: string) => short.format(new Date(`${period}T00:00:00Z`));
  const data = overview.series.map((p) => ({ name: label(p.period), amount: p.amount }));
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-label={s('overTime')}>
      <h2>{s('overTime')}</h2>
      <figure className="sales-dashboard__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} minTickGap={16} />
            <YAxis tick={{ fill: '#1b2430', fontSize: 12 }} width={56} tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} />
            <Tooltip formatter={(v) => amountOf(format, Number(v))} />
            <Line type="monotone" dataKey="amount" name={s('amount')} stroke="#0b5394" strokeWidth={2} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <details className="sales-dashboard__details">
        <summary>{s('showTable')}</summary>
        <Table
          caption={s('overTimeTable')}
          columns={[
            { key: 'period', header: s('period'), cell: (p) => long.format(new Date(`${p.period}T00:00:00Z`)) },
            { key: 'amount', header: s('amount'), cell: (p) => amountOf(format, p.amount), align: 'end' },
            { key: 'quantity', header: s('quantity'), cell: (p) => format.number(p.quantity), align: 'end' },
          ]}
          rows={overview.series}
          rowKey={(p) => p.period}
        />
      </details>
    </section>
  );
}

import type { BackOfficeSalesBreakdownRowFragment } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { amountOf, changeText } from './sales-figures';

interface SalesBreakdownProps {
  title: string;
  hint?: string;
  /** Null when the breakdown is not available within a segment. */
  rows: readonly BackOfficeSalesBreakdownRowFragment[] | null | undefined;
  labelOf(row: BackOfficeSalesBreakdownRowFragment): string;
  /** Bars of the period and the previous one above the table; the table alone for long lists. */
  chart?: boolean;
}

/** One breakdown of the sell-out: a bar chart (hidden from assistive technology) and the same figures as a table. */
export function SalesBreakdown({ title, hint, rows, labelOf, chart = false }: SalesBreakdownProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = (key: string) => t(`dashboards.sales.${key}`);
  if (!rows) {
    return (
      <section className="sales-dashboard__section" aria-label={title}>
        <h2>{title}</h2>
        <p className="r-muted">{s('notInSegment')}</p>
      </section>
    );
  }
  const data = rows.map((row) => ({ name: labelOf(row), amount: row.amount, previous: row.previousAmount }));
  return (
    <section className="sales-dashboard__section" aria-label={title}>
      <h2>{title}</h2>
      {hint ? <p className="r-muted">{hint}</p> : null}
      {chart && rows.length > 0 ? (
        <figure className="sales-dashboard__chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} interval={0} />
              <YAxis tick={{ fill: '#1b2430', fontSize: 12 }} width={56} tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} />
              <Tooltip formatter={(v) => amountOf(format, Number(v))} />
              <Legend />
              <Bar dataKey="amount" name={s('amount')} fill="#0b5394" />
              <Bar dataKey="previous" name={s('previous')} fill="#8a96a3" />
            </BarChart>
          </ResponsiveContainer>
        </figure>
      ) : null}
      <Table
        caption={title}
        captionHidden
        columns={[
          { key: 'label', header: title, hideHeader: true, cell: (row) => labelOf(row) },
          { key: 'amount', header: s('amount'), cell: (row) => amountOf(format, row.amount), align: 'end' },
          { key: 'quantity', header: s('quantity'), cell: (row) => format.number(row.quantity), align: 'end' },
          { key: 'previous', header: s('previous'), cell: (row) => amountOf(format, row.previousAmount), align: 'end' },
          { key: 'change', header: s('change'), cell: (row) => changeText(t, format, row.amount, row.previousAmount), align: 'end' },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        empty={s('empty')}
      />
    </section>
  );
}

import './partners-feedback.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeTopPartnersDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { DashboardSection } from './DashboardSection';
import { PartnerSalesTable } from './PartnerSalesTable';
import { amountOf } from './sales-figures';

/** Top partners and movers, with the page's filter: charts for the eye, tables with the same figures for everyone. */
export function TopPartners({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = (key: string, options?: Record<string, unknown>) => t(`dashboards.topPartners.${key}`, options);
  const result = useQuery(BackOfficeTopPartnersDocument, { variables: { filter } });
  const compact = (v: number) => format.number(v, { notation: 'compact' });
  return (
    <DashboardSection id="top-partners-title" title={p('title')} intro={p('intro')} query={result} data={result.data?.topPartners}>
      {(data) => {
        const movers = [...data.rises, ...[...data.falls].reverse()].map((r) => ({ name: r.name, change: r.change }));
        return (
          <>
            <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="top-partners-top-title">
              <h3 id="top-partners-top-title">{p('top')}</h3>
              <p className="r-muted" data-testid="partners-with-sales">
                {p('partnersWithSales', { count: data.partnersWithSales })}
              </p>
              {data.top.length > 0 ? (
                <figure className="sales-dashboard__chart" aria-hidden="true">
                  <ResponsiveContainer width="100%" height={Math.max(160, data.top.length * 36)}>
                    <BarChart data={data.top} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" tick={{ fill: '#1b2430', fontSize: 12 }} tickFormatter={compact} />
                      <YAxis type="category" dataKey="name" width={110} tick={{ fill: '#1b2430', fontSize: 12 }} />
                      <Tooltip formatter={(v) => amountOf(format, Number(v))} />
                      <Legend />
                      <Bar dataKey="amount" name={p('amount')} fill="#0b5394" />
                      <Bar dataKey="previousAmount" name={p('previous')} fill="#8a9bb0" />
                    </BarChart>
                  </ResponsiveContainer>
                </figure>
              ) : null}
              <PartnerSalesTable caption={p('top')} rows={data.top} />
            </section>
            <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="top-partners-movers-title">
              <h3 id="top-partners-movers-title">{p('movers')}</h3>
              {movers.length > 0 ? (
                <figure className="sales-dashboard__chart" aria-hidden="true">
                  <ResponsiveContainer width="100%" height={Math.max(160, movers.length * 32)}>
                    <BarChart data={movers} layout="vertical" margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
                      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                      <XAxis type="number" tick={{ fill: '#1b2430', fontSize: 12 }} tickFormatter={compact} />
                      <YAxis type="category" dataKey="name" width={110} tick={{ fill: '#1b2430', fontSize: 12 }} />
                      <ReferenceLine x={0} stroke="#1b2430" />
                      <Tooltip formatter={(v) => amountOf(format, Number(v))} />
                      <Bar dataKey="change" name={p('change')}>
                        {movers.map((m, i) => (
                          <Cell key={i} fill={m.change >= 0 ? '#1e7b34' : '#b3261e'} />
                        ))}
                      </Bar>
                    </BarChart>
                  </ResponsiveContainer>
                </figure>
              ) : null}
              <PartnerSalesTable caption={p('rises')} rows={data.rises} />
              <PartnerSalesTable caption={p('falls')} rows={data.falls} />
            </section>
          </>
        );
      }}
    </DashboardSection>
  );
}

import type { BackOfficeParticipationPointsQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { monthName } from './participation-figures';
import { changeText } from './sales-figures';

type Overview = BackOfficeParticipationPointsQuery['pointsOverview'];
type Figure = 'issued' | 'redeemed' | 'expired' | 'withdrawn' | 'outstanding' | 'pending';

const FIGURES: Figure[] = ['issued', 'redeemed', 'expired', 'withdrawn', 'outstanding', 'pending'];

/** Points: the period's movements and the liability at its end against the previous period, by month (chart and table). */
export function PointsFigures({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = (key: string) => t(`dashboards.points.${key}`);
  const data = overview.series.map((m) => ({ name: monthName(format, m.period, 'short'), issued: m.issued, redeemed: m.redeemed, expired: m.expired, outstanding: m.outstanding }));
  const compact = (v: number) => format.number(v, { notation: 'compact' });
  return (
    <section className="sales-dashboard points-dashboard" aria-labelledby="points-title">
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h2 id="points-title">{p('title')}</h2>
        <p className="r-muted">{p('intro')}</p>
        <dl className="sales-dashboard__totals">
          {FIGURES.map((key) => (
            <div key={key} className="sales-dashboard__total" data-figure={key}>
              <dt>{p(key)}</dt>
              <dd className="sales-dashboard__total-value">{format.number(overview.totals[key])}</dd>
              <dd className="r-muted">
                {p('previous')}: {format.number(overview.previousTotals[key])} ({changeText(t, format, overview.totals[key], overview.previousTotals[key])})
              </dd>
            </div>
          ))}
        </dl>
        <p className="r-muted">{p('issuedHint')}</p>
      </div>
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h3>{p('overTime')}</h3>
        <figure className="sales-dashboard__chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} minTickGap={12} />
              <YAxis tick={{ fill: '#1b2430', fontSize: 12 }} width={56} tickFormatter={compact} />
              <Tooltip formatter={(v) => format.number(Number(v))} />
              <Legend />
              <Bar dataKey="issued" name={p('issued')} fill="#0b5394" isAnimationActive={false} />
              <Bar dataKey="redeemed" name={p('redeemed')} fill="#8a4b08" isAnimationActive={false} />
              <Bar dataKey="expired" name={p('expired')} fill="#6b6b6b" isAnimationActive={false} />
              <Line type="monotone" dataKey="outstanding" name={p('outstanding')} stroke="#1b5e20" strokeWidth={2} dot={false} isAnimationActive={false} />
            </ComposedChart>
          </ResponsiveContainer>
        </figure>
        <div className="points-dashboard__table">
          <Table
            caption={p('overTimeTable')}
            columns={[
              { key: 'month', header: p('month'), cell: (m) => monthName(format, m.period) },
              ...FIGURES.map((key) => ({ key, header: p(key), cell: (m: Overview['series'][number]) => format.number(m[key]), align: 'end' as const })),
            ]}
            rows={overview.series}
            rowKey={(m) => m.period}
          />
        </div>
      </div>
    </section>
  );
}

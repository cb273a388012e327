import type { BackOfficeParticipationPointsQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { monthName, percent, rateOf } from './participation-figures';
import { changeText } from './sales-figures';

type Overview = BackOfficeParticipationPointsQuery['participationOverview'];

/** Participation: the rate against the previous period, by month (chart and table) and by segment. */
export function ParticipationFigures({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = (key: string, options?: Record<string, unknown>) => t(`dashboards.participation.${key}`, options);
  const rate = rateOf(overview.totals.active, overview.totals.partners);
  const previousRate = rateOf(overview.previousTotals.active, overview.previousTotals.partners);
  const data = overview.series.map((m) => ({ name: monthName(format, m.period, 'short'), rate: rateOf(m.active, m.partners) * 100 }));
  return (
    <section className="sales-dashboard points-dashboard" aria-labelledby="participation-title">
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h2 id="participation-title">{p('title')}</h2>
        <p className="r-muted">{p('intro')}</p>
        <dl className="sales-dashboard__totals">
          <div className="sales-dashboard__total" data-figure="participation">
            <dt>{p('rate')}</dt>
            <dd className="sales-dashboard__total-value">{percent(format, rate)}</dd>
            <dd>{p('rateOf', { active: format.number(overview.totals.active), partners: format.number(overview.totals.partners) })}</dd>
            <dd className="r-muted">
              {p('previous')}: {percent(format, previousRate)} ({p('rateOf', { active: format.number(overview.previousTotals.active), partners: format.number(overview.previousTotals.partners) })};{' '}
              {changeText(t, format, rate, previousRate)})
            </dd>
          </div>
        </dl>
      </div>
      <div className="sales-dashboard__section">
        <h3>{p('overTime')}</h3>
        <figure className="sales-dashboard__chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} minTickGap={12} />
              <YAxis tick={{ fill: '#1b2430', fontSize: 12 }} width={44} unit="%" domain={[0, 100]} />
              <Tooltip formatter={(v) => percent(format, Number(v) / 100)} />
              <Bar dataKey="rate" name={p('rate')} fill="#0b5394" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <Table
          caption={p('overTimeTable')}
          columns={[
            { key: 'month', header: p('month'), cell: (m) => monthName(format, m.period) },
            { key: 'active', header: p('active'), cell: (m) => format.number(m.active), align: 'end' },
            { key: 'partners', header: p('partners'), cell: (m) => format.number(m.partners), align: 'end' },
            { key: 'rate', header: p('rate'), cell: (m) => percent(format, rateOf(m.active, m.partners)), align: 'end' },
          ]}
          rows={overview.series}
          rowKey={(m) => m.period}
        />
      </div>
      <div className="sales-dashboard__section">
        <h3>{p('bySegment')}</h3>
        <p className="r-muted">{p('bySegmentHint')}</p>
        <Table
          caption={p('bySegment')}
          captionHidden
          columns={[
            { key: 'segment', header: p('segment'), cell: (s) => s.label },
            { key: 'active', header: p('active'), cell: (s) => p('rateOf', { active: format.number(s.active), partners: format.number(s.partners) }), align: 'end' },
            { key: 'rate', header: p('rate'), cell: (s) => percent(format, rateOf(s.active, s.partners)), align: 'end' },
            { key: 'previous', header: p('previousRate'), cell: (s) => percent(format, rateOf(s.previousActive, s.previousPartners)), align: 'end' },
          ]}
          rows={overview.bySegment}
          rowKey={(s) => s.segmentId}
          empty={p('noSegments')}
        />
      </div>
    </section>
  );
}

import type { BackOfficeStageFunnelOverviewQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { durationText } from './funnel-figures';
import { percent } from './participation-figures';

type Overview = BackOfficeStageFunnelOverviewQuery['stageFunnelOverview'];

/** The stage funnel: partners that reached each stage (chart), and every figure of each stage (table). */
export function StageFunnelFigures({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string, options?: Record<string, unknown>) => t(`dashboards.stages.${key}`, options);
  const stageName = (stage: string) => t(`progression.stage.${stage}`);
  const share = (value: number | null | undefined) => (value === null || value === undefined ? f('none') : percent(format, value));
  const data = overview.steps.map((s) => ({ name: stageName(s.stage), reached: s.reached, previousReached: s.previousReached }));
  return (
    <section className="sales-dashboard stage-funnel" aria-labelledby="stage-funnel-title">
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h2 id="stage-funnel-title">{f('title')}</h2>
        <p className="r-muted">{f('intro')}</p>
        <dl className="sales-dashboard__totals">
          <div className="sales-dashboard__total" data-figure="stage-partners">
            <dt>{f('partners')}</dt>
            <dd className="sales-dashboard__total-value">{format.number(overview.partners)}</dd>
            <dd>{f('partnersOf', { partners: format.number(overview.partners), joined: format.number(overview.joinedInPeriod) })}</dd>
            <dd className="r-muted">
              {f('previous')}: {f('partnersOf', { partners: format.number(overview.previousPartners), joined: format.number(overview.previousJoinedInPeriod) })}
            </dd>
          </div>
        </dl>
      </div>
      <div className="sales-dashboard__section sales-dashboard__section--wide">
        <h3>{f('chart')}</h3>
        {/* The table below holds the same figures for screen readers and keyboards. */}
        <figure className="sales-dashboard__chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={data} margin={{ top: 8, right: 12, bottom: 8, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={{ fill: '#1b2430', fontSize: 12 }} interval={0} />
              <YAxis tick={{ fill: '#1b2430', fontSize: 12 }} width={56} allowDecimals={false} />
              <Tooltip formatter={(v) => format.number(Number(v))} />
              <Legend />
              <Bar dataKey="reached" name={f('chartLegendNow')} fill="#0b5394" isAnimationActive={false} />
              <Bar dataKey="previousReached" name={f('chartLegendPrevious')} fill="#8a9bb0" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <p className="r-muted">{f('stepHint')}</p>
        <div className="stage-funnel__table">
          <Table
            caption={f('table')}
            columns={[
              { key: 'stage', header: f('stage'), cell: (s) => stageName(s.stage) },
              { key: 'reached', header: f('reached'), cell: (s) => format.number(s.reached), align: 'end' },
              { key: 'previousReached', header: f('previousReached'), cell: (s) => format.number(s.previousReached), align: 'end' },
              { key: 'reachedInPeriod', header: f('reachedInPeriod'), cell: (s) => format.number(s.reachedInPeriod), align: 'end' },
              { key: 'previousReachedInPeriod', header: f('previousReachedInPeriod'), cell: (s) => format.number(s.previousReachedInPeriod), align: 'end' },
              { key: 'conversion', header: f('conversion'), cell: (s) => share(s.conversion), align: 'end' },
              { key: 'previousConversion', header: f('previousConversion'), cell: (s) => share(s.previousConversion), align: 'end' },
              { key: 'median', header: f('median'), cell: (s) => durationText(format, s.medianSecondsFromPrevious, f('none')), align: 'end' },
              { key: 'previousMedian', header: f('previousMedian'), cell: (s) => durationText(format, s.previousMedianSecondsFromPrevious, f('none')), align: 'end' },
            ]}
            rows={overview.steps}
            rowKey={(s) => s.stage}
          />
        </div>
      </div>
    </section>
  );
}

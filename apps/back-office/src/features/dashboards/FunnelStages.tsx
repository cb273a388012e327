import type { BackOfficeDeclarationFunnelQuery } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { durationText, FUNNEL_STAGES } from './funnel-figures';
import { changeText, monthBefore } from './sales-figures';

type Funnel = BackOfficeDeclarationFunnelQuery['declarationFunnel'];

/** Where the period's declarations stand, as bars and as a table, and the time the brand took to decide. */
export function FunnelStages({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string, options?: Record<string, unknown>) => t(`dashboards.funnel.${key}`, options);
  const utc = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = (iso: string) => utc.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
  const { figures, previousFigures } = funnel;
  const rows = FUNNEL_STAGES.map((stage) => ({ stage, now: figures[stage], before: previousFigures[stage] }));
  const data = rows.map((r) => ({ name: f(`stage.${r.stage}`), now: r.now, before: r.before }));
  const none = f('noDecision');
  const times = [
    { key: 'median', now: figures.medianDecisionSeconds, before: previousFigures.medianDecisionSeconds },
    { key: 'p90', now: figures.p90DecisionSeconds, before: previousFigures.p90DecisionSeconds },
  ];
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="funnel-stages-title">
      <h3 id="funnel-stages-title">{f('stages')}</h3>
      <p className="r-muted">{t('dashboards.sales.previousPeriod', { from: month(funnel.previousFrom), to: month(monthBefore(funnel.from)) })}</p>
      <dl className="sales-dashboard__totals">
        {times.map((time) => (
          <div key={time.key} className="sales-dashboard__total" data-figure={time.key}>
            <dt>{f(time.key)}</dt>
            <dd className="sales-dashboard__total-value">{durationText(format, time.now, none)}</dd>
            <dd className="r-muted">
              {t('dashboards.sales.previous')}: {durationText(format, time.before, none)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="funnel-dashboard__split">
        <figure className="sales-dashboard__chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={300}>
            <BarChart data={data} layout="vertical" margin={{ top: 8, right: 12, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={{ fill: '#1b2430', fontSize: 12 }} tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} />
              <YAxis type="category" dataKey="name" width={120} tick={{ fill: '#1b2430', fontSize: 12 }} />
              <Tooltip formatter={(v) => format.number(Number(v))} />
              <Legend />
              <Bar dataKey="now" name={f('thisPeriod')} fill="#0b5394" />
              <Bar dataKey="before" name={t('dashboards.sales.previous')} fill="#8a96a3" />
            </BarChart>
          </ResponsiveContainer>
        </figure>
        <Table
          caption={f('stages')}
          captionHidden
          columns={[
            { key: 'stage', header: f('stageColumn'), cell: (r) => f(`stage.${r.stage}`) },
            { key: 'now', header: f('thisPeriod'), cell: (r) => format.number(r.now), align: 'end' },
            { key: 'before', header: t('dashboards.sales.previous'), cell: (r) => format.number(r.before), align: 'end' },
            { key: 'change', header: t('dashboards.sales.change'), cell: (r) => changeText(t, format, r.now, r.before), align: 'end' },
          ]}
          rows={rows}
          rowKey={(r) => r.stage}
        />
      </div>
    </section>
  );
}

import type { BackOfficeSalesOverviewQuery } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { amountOf, changeText, monthBefore } from './sales-figures';

type Overview = BackOfficeSalesOverviewQuery['salesOverview'];

/** The period's totals beside the previous period's, with the change as text (no colour needed to read it). */
export function SalesTotals({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const s = (key: string, options?: Record<string, unknown>) => t(`dashboards.sales.${key}`, options);
  const utc = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = (iso: string) => utc.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
  const figures = [
    { key: 'amount', now: overview.totals.amount, before: overview.previousTotals.amount, text: (v: number) => amountOf(format, v) },
    { key: 'quantity', now: overview.totals.quantity, before: overview.previousTotals.quantity, text: (v: number) => format.number(v) },
    { key: 'lines', now: overview.totals.lines, before: overview.previousTotals.lines, text: (v: number) => format.number(v) },
  ];
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-label={s('totals')}>
      <h2>{s('totals')}</h2>
      <p className="r-muted">{s('previousPeriod', { from: month(overview.previousFrom), to: month(monthBefore(overview.from)) })}</p>
      <dl className="sales-dashboard__totals">
        {figures.map((f) => (
          <div key={f.key} className="sales-dashboard__total" data-figure={f.key}>
            <dt>{s(f.key)}</dt>
            <dd className="sales-dashboard__total-value">{f.text(f.now)}</dd>
            <dd className="r-muted">
              {s('previous')}: {f.text(f.before)} ({changeText(t, format, f.now, f.before)})
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

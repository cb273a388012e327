import type { BackOfficeCustomerFeedbackQuery } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { averageText } from './feedback-figures';
import { monthBefore } from './sales-figures';

type Feedback = BackOfficeCustomerFeedbackQuery['customerFeedback'];

/** The period's average rating and number of ratings beside the previous period's. */
export function FeedbackTotals({ feedback }: { feedback: Feedback }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string, options?: Record<string, unknown>) => t(`dashboards.feedback.${key}`, options);
  const utc = new Intl.DateTimeFormat(format.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = (iso: string) => utc.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
  return (
    <section className="sales-dashboard__section sales-dashboard__section--wide" aria-labelledby="feedback-totals-title">
      <h3 id="feedback-totals-title">{f('summary')}</h3>
      <p className="r-muted">{t('dashboards.sales.previousPeriod', { from: month(feedback.previousFrom), to: month(monthBefore(feedback.from)) })}</p>
      <dl className="sales-dashboard__totals">
        <div className="sales-dashboard__total" data-figure="average">
          <dt>{f('average')}</dt>
          <dd className="sales-dashboard__total-value">{averageText(t, format, feedback.ratings.average)}</dd>
          <dd className="r-muted">
            {f('previous')}: {averageText(t, format, feedback.previousRatings.average)}
          </dd>
        </div>
        <div className="sales-dashboard__total" data-figure="ratings">
          <dt>{f('ratings')}</dt>
          <dd className="sales-dashboard__total-value">{format.number(feedback.ratings.count)}</dd>
          <dd className="r-muted">
            {f('previous')}: {format.number(feedback.previousRatings.count)}
          </dd>
        </div>
      </dl>
    </section>
  );
}

import './partners-feedback.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeCustomerFeedbackDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { Alert, errorMessage, fieldErrors, Spinner } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { FeedbackComments } from './FeedbackComments';
import { FeedbackDistribution } from './FeedbackDistribution';
import { FeedbackOverTime } from './FeedbackOverTime';
import { FeedbackTags } from './FeedbackTags';
import { FeedbackTotals } from './FeedbackTotals';

/** The customer feedback section of the dashboards page, with the page's filter. */
export function CustomerFeedback({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  // Field errors of the filter are shown by the filter form (the sell-out query answers the same ones).
  const result = useQuery(BackOfficeCustomerFeedbackDocument, { variables: { filter } });
  const data = result.data?.customerFeedback;
  return (
    <section className="feedback-dashboard" aria-labelledby="customer-feedback-title">
      <h2 id="customer-feedback-title" className="feedback-dashboard__title">
        {t('dashboards.feedback.title')}
      </h2>
      <p className="r-muted">{t('dashboards.feedback.intro')}</p>
      <div aria-live="polite">
        {result.error && Object.keys(fieldErrors(t, result.error)).length === 0 ? <Alert tone="error">{errorMessage(t, result.error)}</Alert> : null}
        {result.loading ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {data ? (
        <div className="sales-dashboard">
          <FeedbackTotals feedback={data} />
          <FeedbackOverTime series={data.series} />
          <FeedbackDistribution distribution={data.distribution} />
          <FeedbackTags tags={data.tags} />
          <FeedbackComments comments={data.comments} />
        </div>
      ) : null}
    </section>
  );
}

import './partners-feedback.css';

import { useQuery } from '@apollo/client/react';
import { BackOfficeCustomerFeedbackDocument, type DashboardFilterInput } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';

import { DashboardSection } from './DashboardSection';
import { FeedbackComments } from './FeedbackComments';
import { FeedbackDistribution } from './FeedbackDistribution';
import { FeedbackOverTime } from './FeedbackOverTime';
import { FeedbackTags } from './FeedbackTags';
import { FeedbackTotals } from './FeedbackTotals';

/** The customer feedback section of the dashboards page, with the page's filter. */
export function CustomerFeedback({ filter }: { filter: DashboardFilterInput }) {
  const { t } = useTranslation();
  const result = useQuery(BackOfficeCustomerFeedbackDocument, { variables: { filter } });
  return (
    <DashboardSection id="customer-feedback-title" title={t('dashboards.feedback.title')} intro={t('dashboards.feedback.intro')} query={result} data={result.data?.customerFeedback}>
      {(data) => (
        <>
          <FeedbackTotals feedback={data} />
          <FeedbackOverTime series={data.series} />
          <FeedbackDistribution distribution={data.distribution} />
          <FeedbackTags tags={data.tags} />
          <FeedbackComments comments={data.comments} />
        </>
      )}
    </DashboardSection>
  );
}

import { useMutation } from '@apollo/client/react';
import { BackOfficeImportTrackingNumbersDocument } from '@relais/graphql-client';
import { PageHeader, useDocumentTitle } from '@relais/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CsvImportPanel } from '../csv-import/CsvImportPanel';
import { TRACKING_CSV_COLUMNS, TRACKING_CSV_TEMPLATE } from './rewardCsv';

/** The fulfilment house's file of tracking numbers: each row ships an approved order. */
export function TrackingImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficeRewards.tracking.title'));
  const [importTracking] = useMutation(BackOfficeImportTrackingNumbersDocument, { refetchQueries: ['BackOfficeRewardOrders'] });
  const run = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await importTracking({ variables: { input: { csv, dryRun } } });
      if (!data) throw new Error('importTrackingNumbers answered no data');
      return data.importTrackingNumbers;
    },
    [importTracking],
  );
  return (
    <>
      <p className="bo-back">
        <Link to="/reward-orders">
          <span aria-hidden="true">‹ </span>
          {t('backofficeRewards.orders.title')}
        </Link>
      </p>
      <PageHeader title={t('backofficeRewards.tracking.title')} intro={t('backofficeRewards.tracking.intro')} />
      <CsvImportPanel run={run} template={TRACKING_CSV_TEMPLATE} templateFileName="relais-tracking-numbers.csv" columns={TRACKING_CSV_COLUMNS} />
    </>
  );
}

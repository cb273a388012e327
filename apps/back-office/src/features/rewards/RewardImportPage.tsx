import { useMutation } from '@apollo/client/react';
import { BackOfficeImportRewardItemsDocument } from '@relais/graphql-client';
import { PageHeader, useDocumentTitle } from '@relais/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CsvImportPanel } from '../csv-import/CsvImportPanel';
import { REWARD_CSV_COLUMNS, REWARD_CSV_TEMPLATE } from './rewardCsv';

/** Rewards from a CSV file: checked first (dry run), then imported when no row is wrong. */
export function RewardImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficeRewards.import.title'));
  const [importRewards] = useMutation(BackOfficeImportRewardItemsDocument, { refetchQueries: ['BackOfficeRewardItems'] });
  const run = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await importRewards({ variables: { input: { csv, dryRun } } });
      if (!data) throw new Error('importRewardItems answered no data');
      return data.importRewardItems;
    },
    [importRewards],
  );
  return (
    <>
      <p className="bo-back">
        <Link to="/rewards">
          <span aria-hidden="true">‹ </span>
          {t('backofficeRewards.catalogue.title')}
        </Link>
      </p>
      <PageHeader title={t('backofficeRewards.import.title')} intro={t('backofficeRewards.import.intro')} />
      <CsvImportPanel run={run} template={REWARD_CSV_TEMPLATE} templateFileName="relais-rewards.csv" columns={REWARD_CSV_COLUMNS} />
    </>
  );
}

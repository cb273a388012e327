import { useMutation } from '@apollo/client/react';
import { ImportObjectivesDocument } from '@relais/graphql-client';
import { PageHeader, useDocumentTitle } from '@relais/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CsvImportPanel } from '../csv-import/CsvImportPanel';
import { OBJECTIVE_CSV_COLUMNS, OBJECTIVE_CSV_TEMPLATE } from './objective-form';

/** Objectives by CSV: checked first (every row in error listed with its column), then created in one go. */
export function ObjectiveImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('objectives.admin.importTitle'));
  const [importObjectives] = useMutation(ImportObjectivesDocument, { refetchQueries: ['Objectives'] });
  const run = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await importObjectives({ variables: { input: { csv, dryRun } } });
      if (!data) throw new Error('importObjectives answered no data');
      return data.importObjectives;
    },
    [importObjectives],
  );
  return (
    <>
      <p className="bo-back">
        <Link to="/objectives">
          <span aria-hidden="true">‹ </span>
          {t('objectives.admin.title')}
        </Link>
      </p>
      <PageHeader title={t('objectives.admin.importTitle')} intro={t('objectives.admin.importIntro')} />
      <CsvImportPanel run={run} template={OBJECTIVE_CSV_TEMPLATE} templateFileName="relais-objectives.csv" columns={OBJECTIVE_CSV_COLUMNS} />
    </>
  );
}

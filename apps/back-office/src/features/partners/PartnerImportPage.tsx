import { useMutation } from '@apollo/client/react';
import { BackOfficeImportPartnersDocument } from '@relais/graphql-client';
import { PageHeader } from '@relais/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CsvImportPanel } from '../csv-import/CsvImportPanel';
import { PARTNER_CSV_COLUMNS, PARTNER_CSV_TEMPLATE } from '../csv-import/csvTemplates';

export function PartnerImportPage() {
  const { t } = useTranslation();
  const [importPartners] = useMutation(BackOfficeImportPartnersDocument, { refetchQueries: ['BackOfficePartners', 'BackOfficePartnerCount'] });
  const run = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await importPartners({ variables: { input: { csv, dryRun } } });
      if (!data) throw new Error('importPartners answered no data');
      return data.importPartners;
    },
    [importPartners],
  );
  return (
    <>
      <p className="bo-back">
        <Link to="/partners">
          <span aria-hidden="true">‹ </span>
          {t('backoffice.partners.title')}
        </Link>
      </p>
      <PageHeader title={t('backoffice.partners.importTitle')} intro={t('backoffice.partners.importIntro')} />
      <CsvImportPanel run={run} template={PARTNER_CSV_TEMPLATE} templateFileName="relais-partners.csv" columns={PARTNER_CSV_COLUMNS} />
    </>
  );
}

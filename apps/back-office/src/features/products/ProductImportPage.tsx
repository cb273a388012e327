import { useMutation } from '@apollo/client/react';
import { BackOfficeImportProductsDocument } from '@relais/graphql-client';
import { PageHeader } from '@relais/ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { CsvImportPanel } from '../csv-import/CsvImportPanel';
import { PRODUCT_CSV_COLUMNS, PRODUCT_CSV_TEMPLATE } from '../csv-import/csvTemplates';

export function ProductImportPage() {
  const { t } = useTranslation();
  const [importProducts] = useMutation(BackOfficeImportProductsDocument, { refetchQueries: ['BackOfficeProducts', 'BackOfficeProductCount'] });
  const run = useCallback(
    async (csv: string, dryRun: boolean) => {
      const { data } = await importProducts({ variables: { input: { csv, dryRun } } });
      if (!data) throw new Error('importProducts answered no data');
      return data.importProducts;
    },
    [importProducts],
  );
  return (
    <>
      <p className="bo-back">
        <Link to="/products">
          <span aria-hidden="true">‹ </span>
          {t('backoffice.products.title')}
        </Link>
      </p>
      <PageHeader title={t('backoffice.products.importTitle')} intro={t('backoffice.products.importIntro')} />
      <CsvImportPanel run={run} template={PRODUCT_CSV_TEMPLATE} templateFileName="relais-products.csv" columns={PRODUCT_CSV_COLUMNS} />
    </>
  );
}

import type { BackOfficeCsvImportResultFragment } from '@relais/graphql-client';
import { type Column, fieldLabel, Table, type Translate, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

type RowError = BackOfficeCsvImportResultFragment['errors'][number];

/** CSV columns are snake_case; their labels are the fields' (brand_model → fields.brandModel). */
const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/**
 * A row error in words: a broken input rule reads like the same mistake in the form
 * (validation.<reason>), a file-level code from the import's own codes, else the shared errors.
 */
export function rowErrorMessage(t: Translate, error: RowError): string {
  const field = error.field ? fieldLabel(t, camel(error.field)) : t('backoffice.csv.wholeRow');
  const keys = [
    ...(error.code === 'INVALID_INPUT' && error.reason ? [`validation.${error.reason}`] : []),
    `backoffice.csv.codes.${error.code}`,
    `errors.${error.code}`,
    ...(error.reason ? [`validation.${error.reason}`] : []),
    'backoffice.csv.codes.unknown',
  ];
  return t(keys, { field, code: error.code });
}

export function CsvErrorsTable({ errors }: { errors: readonly RowError[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<RowError>[] = [
    { key: 'row', header: t('backoffice.csv.row'), cell: (e) => format.number(e.row), align: 'end' },
    { key: 'field', header: t('backoffice.csv.field'), cell: (e) => (e.field ? <code>{e.field}</code> : t('backoffice.csv.wholeRow')) },
    { key: 'problem', header: t('backoffice.csv.problem'), cell: (e) => rowErrorMessage(t, e) },
  ];
  return (
    <Table
      caption={`${t('backoffice.csv.errorsCaption')} (${t('backoffice.csv.errorCount', { count: errors.length })})`}
      columns={columns}
      rows={errors}
      rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.code}-${e.reason ?? ''}`}
    />
  );
}

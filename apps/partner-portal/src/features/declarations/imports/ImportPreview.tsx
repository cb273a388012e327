import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDeclarationImportDocument, DeclarationImportPreviewDocument, type DeclarationImportPreviewQuery } from '@relais/graphql-client';
import { Alert, Button, type Column, errorMessage, fieldLabel, Pagination, Spinner, Table, type Translate, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type RowError = NonNullable<DeclarationImportPreviewQuery['declarationImport']>['errors']['items'][number];

const ERRORS_PAGE = 20;

/** A row error in words: the column's name, then the rule it broke (as the form says it) or the code's sentence. */
export function rowErrorMessage(t: Translate, error: RowError): string {
  const field = error.field ? t(`portalDeclarationImports.columns.${error.field}`, { defaultValue: fieldLabel(t, error.field) }) : t('portalDeclarationImports.preview.wholeRow');
  const keys = [...(error.code === 'INVALID_INPUT' && error.reason ? [`validation.${error.reason}`] : []), `errors.${error.code}`, 'validation.default'];
  return `${field} — ${t(keys, { field })}`;
}

interface Props {
  importId: string;
  onImported(declarationCount: number): void;
  onRestart(): void;
}

/** What the file will make, and each row in error (paged), before the user confirms. */
export function ImportPreview({ importId, onImported, onRestart }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  // One key per preview: a double click or a retried request imports the file once.
  const [key] = useState(() => crypto.randomUUID());
  const preview = useQuery(DeclarationImportPreviewDocument, { variables: { id: importId, errorsPage: { offset, limit: ERRORS_PAGE } }, fetchPolicy: 'network-only' });
  const [confirm, confirming] = useMutation(ConfirmDeclarationImportDocument);
  const found = preview.data?.declarationImport;

  if (preview.error) return <Alert tone="error">{errorMessage(t, preview.error)}</Alert>;
  if (!found) return <Spinner label={t('common.loading')} />;

  const columns: Column<RowError>[] = [
    { key: 'row', header: t('portalDeclarationImports.preview.row'), align: 'end', cell: (e) => format.number(e.row) },
    { key: 'column', header: t('portalDeclarationImports.preview.column'), cell: (e) => (e.field ? <code>{e.field}</code> : t('portalDeclarationImports.preview.wholeRow')) },
    { key: 'problem', header: t('portalDeclarationImports.preview.problem'), cell: (e) => rowErrorMessage(t, e) },
  ];
  const counts = [
    ['totalRows', found.totalRows],
    ['validRows', found.validRows],
    ['errorRows', found.errorRows],
    ['declarations', found.declarationCount],
  ] as const;

  const onConfirm = async () => {
    const result = await confirm({ variables: { id: importId, idempotencyKey: key } }).catch(() => null);
    const imported = result?.data?.confirmDeclarationImport;
    if (imported) onImported(imported.declarationCount);
  };

  return (
    <section aria-labelledby="declaration-import-preview" className="r-stack">
      <h2 id="declaration-import-preview">{t('portalDeclarationImports.preview.title')}</h2>
      <dl className="declaration-import-counts">
        {counts.map(([name, value]) => (
          <div key={name}>
            <dt>{t(`portalDeclarationImports.preview.${name}`)}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {found.totalRows === 0 ? <Alert tone="warning">{t('portalDeclarationImports.noRows')}</Alert> : null}
      {found.errorRows > 0 ? (
        <>
          <Alert tone="error">{t('portalDeclarationImports.preview.hasErrors', { count: found.errorRows })}</Alert>
          <Table caption={t('portalDeclarationImports.preview.errorsCaption')} columns={columns} rows={found.errors.items} rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.code}`} />
          <Pagination offset={offset} limit={ERRORS_PAGE} total={found.errors.total} onChange={setOffset} />
        </>
      ) : found.totalRows > 0 ? (
        <Alert tone="success" live={false}>
          {t('portalDeclarationImports.preview.ready', { count: found.declarationCount })}
        </Alert>
      ) : null}
      {confirming.error ? <Alert tone="error">{errorMessage(t, confirming.error)}</Alert> : null}
      <div className="r-actions">
        {found.errorRows === 0 && found.totalRows > 0 ? (
          <Button onClick={() => void onConfirm()} disabled={confirming.loading}>
            {t('portalDeclarationImports.preview.confirm')}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onRestart} disabled={confirming.loading}>
          {t('portalDeclarationImports.preview.restart')}
        </Button>
      </div>
    </section>
  );
}

import './declaration-imports.css';

import { useMutation } from '@apollo/client/react';
import { DECLARATION_IMPORT_COLUMNS } from '@relais/domain';
import { type DeclarationImportGrouping, WithdrawDeclarationImportDocument } from '@relais/graphql-client';
import { Alert, Button, errorMessage, FileInput, PageHeader, Select, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { DeclarationImportsList } from './DeclarationImportsList';
import { ImportPreview } from './ImportPreview';
import { UploadProgressBar } from './UploadProgressBar';
import { useDeclarationUpload } from './use-declaration-upload';

const MAX_FILE_BYTES = 64 * 1024 * 1024;
const GROUPINGS: DeclarationImportGrouping[] = ['PER_INVOICE', 'WHOLE_FILE'];

/** Bulk declaration from a sell-out report: choose a CSV file, send it in chunks, check the preview, import. */
export function DeclarationImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('portalDeclarationImports.title'));
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [grouping, setGrouping] = useState<DeclarationImportGrouping>('PER_INVOICE');
  const [importId, setImportId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { upload, progress } = useDeclarationUpload();
  const [cancel] = useMutation(WithdrawDeclarationImportDocument);

  const onCheck = async () => {
    if (!file) return;
    setError(null);
    try {
      setImportId(await upload(file.name, file.text, grouping));
    } catch (failure) {
      setError(failure);
    }
  };

  const onRestart = () => {
    // The checked file will not be imported: cancelling it keeps the list of imports tidy.
    if (importId) void cancel({ variables: { id: importId } }).catch(() => null);
    setImportId(null);
    setFile(null);
  };

  return (
    <div className="r-stack">
      <PageHeader title={t('portalDeclarationImports.title')} intro={t('portalDeclarationImports.intro')} />
      <p>
        <Link to="/declarations">{t('portalDeclarations.detail.back')}</Link>
      </p>
      <details className="declaration-import-columns">
        <summary>{t('portalDeclarationImports.columnsTitle')}</summary>
        <p>{t('portalDeclarationImports.columnsIntro')}</p>
        <ul>
          {DECLARATION_IMPORT_COLUMNS.required.map((column) => (
            <li key={column}>
              <code>{column}</code> — {t(`portalDeclarationImports.columns.${column}`)}
            </li>
          ))}
        </ul>
        <p>{t('portalDeclarationImports.columnsOptional')}</p>
        <ul>
          {DECLARATION_IMPORT_COLUMNS.optional.map((column) => (
            <li key={column}>
              <code>{column}</code> — {t(`portalDeclarationImports.columns.${column}`)}
            </li>
          ))}
        </ul>
        <p>{t('portalDeclarationImports.columnsHint')}</p>
      </details>
      {importId ? (
        <ImportPreview
          importId={importId}
          onRestart={onRestart}
          onImported={(count) => navigate('/declarations', { state: { status: t('portalDeclarationImports.imported', { count }) } })}
        />
      ) : (
        <section aria-label={t('portalDeclarationImports.title')} className="r-stack">
          <FileInput
            label={t('portalDeclarationImports.file')}
            maxBytes={MAX_FILE_BYTES}
            disabled={progress !== null}
            onText={(text, chosen) => setFile(text !== null && chosen ? { name: chosen.name, text } : null)}
          />
          <Select
            label={t('portalDeclarationImports.grouping')}
            hint={t('portalDeclarationImports.groupingHint')}
            options={GROUPINGS.map((value) => ({ value, label: t(`portalDeclarationImports.groupings.${value}`) }))}
            value={grouping}
            disabled={progress !== null}
            onChange={(event) => setGrouping(event.target.value as DeclarationImportGrouping)}
          />
          {progress ? <UploadProgressBar progress={progress} /> : null}
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <div>
            <Button onClick={() => void onCheck()} disabled={!file || progress !== null} busy={progress !== null}>
              {t('portalDeclarationImports.check')}
            </Button>
          </div>
        </section>
      )}
      <DeclarationImportsList />
    </div>
  );
}

import { Alert, Button, Card, errorMessage, FileInput, LiveRegion, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '../../lib/download';
import { CsvErrorsTable } from './CsvErrorsTable';
import { type CsvImportRun, useCsvImport } from './useCsvImport';

interface Props {
  run: CsvImportRun;
  template: string;
  templateFileName: string;
  /** The header columns, listed for the user. */
  columns: readonly string[];
}

/**
 * Choose a file (read in the browser), check it with a dry run, see the counts and every row in
 * error, then import it — possible only when the check found no error.
 */
export function CsvImportPanel({ run, template, templateFileName, columns }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, check, commit, reset } = useCsvImport(run);
  // Remounting the file input clears its chosen file after a finished import.
  const [inputKey, setInputKey] = useState(0);
  const result = 'result' in state ? state.result : null;
  const busy = state.step === 'checking' || state.step === 'importing';
  const canImport = state.step === 'checked' && state.result.errors.length === 0 && state.result.validRows > 0;

  const status =
    state.step === 'checking'
      ? t('backoffice.csv.previewing')
      : state.step === 'importing'
        ? t('backoffice.csv.importing')
        : state.step === 'done'
          ? t('backoffice.csv.done', { created: format.number(state.result.created), updated: format.number(state.result.updated) })
          : state.step === 'checked'
            ? state.result.errors.length > 0
              ? `${t('backoffice.csv.errorCount', { count: state.result.errors.length })}. ${t('backoffice.csv.fixAndRetry')}`
              : t('backoffice.csv.readyToImport')
            : null;

  return (
    <div className="r-stack">
      <Card>
        <div className="r-stack">
          <p className="r-muted">{t('backoffice.csv.columns', { columns: columns.join(', ') })}</p>
          <p>
            <Button variant="secondary" size="sm" onClick={() => downloadText(templateFileName, template)}>
              {t('backoffice.csv.template')}
            </Button>
          </p>
          <FileInput
            key={inputKey}
            label={t('backoffice.csv.file')}
            hint={t('backoffice.csv.fileHint')}
            disabled={busy}
            onText={(text, file) => {
              if (file && text !== null) void check(file.name, text);
              else reset();
            }}
          />
        </div>
      </Card>

      <LiveRegion message={status} tone={state.step === 'checked' && state.result.errors.length > 0 ? 'warning' : 'info'} />
      {state.step === 'failed' ? <Alert tone="error">{errorMessage(t, state.error)}</Alert> : null}

      {result ? (
        <Card title={t('backoffice.csv.resultTitle', { file: state.step === 'idle' ? '' : state.fileName })}>
          <div className="r-stack">
            <dl className="r-dl bo-counts">
              <dt>{t('backoffice.csv.totalRows')}</dt>
              <dd>{format.number(result.totalRows)}</dd>
              <dt>{t('backoffice.csv.validRows')}</dt>
              <dd>{format.number(result.validRows)}</dd>
              <dt>{t(state.step === 'done' ? 'backoffice.csv.created' : 'backoffice.csv.toCreate')}</dt>
              <dd>{format.number(result.created)}</dd>
              <dt>{t(state.step === 'done' ? 'backoffice.csv.updated' : 'backoffice.csv.toUpdate')}</dt>
              <dd>{format.number(result.updated)}</dd>
            </dl>
            {result.errors.length > 0 ? <CsvErrorsTable errors={result.errors} /> : null}
            <div className="r-form-actions">
              {state.step === 'checked' || state.step === 'importing' ? (
                <Button busy={state.step === 'importing'} disabled={!canImport} onClick={() => void commit()}>
                  {state.step === 'importing' ? t('backoffice.csv.importing') : t('backoffice.csv.import')}
                </Button>
              ) : null}
              {state.step === 'done' || (state.step === 'checked' && result.errors.length > 0) ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    reset();
                    setInputKey((k) => k + 1);
                  }}
                >
                  {t('backoffice.csv.chooseAnother')}
                </Button>
              ) : null}
            </div>
          </div>
        </Card>
      ) : null}
    </div>
  );
}

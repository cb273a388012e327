import './exports.css';

import { Alert, Button, errorMessage, LiveRegion, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { type ExportKind, type ExportParams, useCsvExport } from './useCsvExport';

/**
 * "Export CSV" for a list page: exports what the page's filters select (every page of it, in the
 * API's scope), with a progress bar while it streams and its outcome said to screen readers.
 */
export function ExportButton({ kind, params, label }: { kind: ExportKind; params: ExportParams; label?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, start, cancel } = useCsvExport(kind);
  const running = state.phase === 'running';
  const progress = running ? state.progress : null;
  const total = progress?.total ?? null;
  const progressText = progress
    ? total === null
      ? t('exports.preparing')
      : t('exports.progress', { done: format.number(progress.rows), total: format.number(total) })
    : null;
  // Said to screen readers in steps of a tenth, not at each re-render, so they are not flooded.
  const tenth = progress && total ? Math.floor((progress.rows / Math.max(total, 1)) * 10) : null;
  const spoken =
    state.phase === 'done'
      ? t('exports.done', { rows: format.number(state.rows) })
      : state.phase === 'cancelled'
        ? t('exports.cancelled')
        : tenth === null
          ? progressText
          : t('exports.progress', { done: format.number(Math.round(((total ?? 0) * tenth) / 10)), total: format.number(total ?? 0) });

  return (
    <div className="bo-export" data-testid={`export-${kind}`}>
      <Button variant="secondary" busy={running} onClick={() => void start(params)}>
        {label ?? t('exports.button')}
      </Button>
      {progress ? (
        <div className="bo-export__progress">
          <progress max={total ?? undefined} value={total === null ? undefined : progress.rows} aria-label={t('exports.progressLabel')} />
          <span aria-hidden="true">{progressText}</span>
          <Button variant="ghost" size="sm" onClick={cancel}>
            {t('exports.cancel')}
          </Button>
        </div>
      ) : null}
      <LiveRegion message={spoken} />
      {state.phase === 'failed' ? <Alert tone="error">{errorMessage(t, state.error)}</Alert> : null}
    </div>
  );
}

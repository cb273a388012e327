import { type CsvExportProgress, fetchCsvExport, useRelaisClient } from '@relais/graphql-client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadBlob } from '../../lib/download';

export type ExportKind = 'declarations' | 'partners' | 'ledger' | 'orders' | 'quiz-results';
export type ExportParams = Record<string, string | number | readonly string[] | null | undefined>;

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: CsvExportProgress }
  | { phase: 'done'; rows: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; error: unknown };

/** The export's address: the page's filters as query parameters (lists repeated), and the reader's language. */
export function exportUrl(kind: ExportKind, params: ExportParams, locale: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) (value as readonly string[]).forEach((v) => query.append(name, v));
    else query.set(name, String(value));
  }
  query.set('locale', locale.startsWith('en') ? 'en' : 'fr');
  return `/exports/${kind}.csv?${query.toString()}`;
}

/**
 * Runs one export at a time: streams it with progress (rows received of the total the API
 * announces), then offers the file; it can be cancelled, and leaving the page cancels it.
 */
export function useCsvExport(kind: ExportKind) {
  const client = useRelaisClient();
  const { i18n } = useTranslation();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (params: ExportParams) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ phase: 'running', progress: { rows: 0, total: null } });
      let shown = 0;
      try {
        const file = await fetchCsvExport(client, exportUrl(kind, params, i18n.language), {
          signal: controller.signal,
          onProgress: (progress) => {
            // A re-render per percent is enough, however many chunks arrive.
            const step = Math.max(1, Math.floor((progress.total ?? 0) / 100));
            if (progress.rows - shown < step && progress.rows !== progress.total) return;
            shown = progress.rows;
            setState({ phase: 'running', progress });
          },
        });
        downloadBlob(file.fileName, file.blob);
        setState({ phase: 'done', rows: file.rows });
      } catch (error) {
        setState(controller.signal.aborted ? { phase: 'cancelled' } : { phase: 'failed', error });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [client, i18n.language, kind],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, start, cancel };
}

import type { BackOfficeCsvImportResultFragment } from '@relais/graphql-client';
import { useCallback, useState } from 'react';

export type CsvImportRun = (csv: string, dryRun: boolean) => Promise<BackOfficeCsvImportResultFragment>;

export type CsvImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; csv: string }
  | { step: 'checked'; fileName: string; csv: string; result: BackOfficeCsvImportResultFragment }
  | { step: 'importing'; fileName: string; csv: string; result: BackOfficeCsvImportResultFragment }
  | { step: 'done'; fileName: string; result: BackOfficeCsvImportResultFragment }
  | { step: 'failed'; fileName: string; csv?: string; error: unknown };

/**
 * The two-step import: the file's text is checked with a dry run, and only a file whose check
 * found no error may be imported for real.
 */
export function useCsvImport(run: CsvImportRun) {
  const [state, setState] = useState<CsvImportState>({ step: 'idle' });

  const check = useCallback(
    async (fileName: string, csv: string) => {
      setState({ step: 'checking', fileName, csv });
      try {
        const result = await run(csv, true);
        setState({ step: 'checked', fileName, csv, result });
      } catch (error) {
        setState({ step: 'failed', fileName, csv, error });
      }
    },
    [run],
  );

  const commit = useCallback(async () => {
    if (state.step !== 'checked' || state.result.errors.length > 0) return;
    const { fileName, csv, result: preview } = state;
    setState({ step: 'importing', fileName, csv, result: preview });
    try {
      const result = await run(csv, false);
      // The data may have changed since the check: a refused commit shows its errors like a check.
      setState(result.committed ? { step: 'done', fileName, result } : { step: 'checked', fileName, csv, result });
    } catch (error) {
      setState({ step: 'failed', fileName, csv, error });
    }
  }, [run, state]);

  const reset = useCallback(() => setState({ step: 'idle' }), []);

  return { state, check, commit, reset };
}

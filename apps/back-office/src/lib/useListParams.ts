import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 25;

type Patch = Record<string, string | readonly string[] | null | undefined>;

/**
 * List filters and page kept in the URL, so a list survives a reload, a shared link and the
 * back button. Changing a filter goes back to the first page.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();

  const get = useCallback((key: string) => params.get(key) ?? '', [params]);
  const getAll = useCallback((key: string) => params.getAll(key), [params]);
  const offset = useMemo(() => Math.max(0, Number(params.get('offset')) || 0), [params]);

  const update = useCallback(
    (patch: Patch, { keepOffset = false } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            next.delete(key);
            const values = typeof value === 'string' ? [value] : (value ?? []);
            values.filter((v) => v !== '').forEach((v) => next.append(key, v));
          }
          if (!keepOffset) next.delete('offset');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const setOffset = useCallback(
    (value: number) => update({ offset: value > 0 ? String(value) : null }, { keepOffset: true }),
    [update],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  return useMemo(() => ({ params, get, getAll, offset, update, setOffset, clear }), [params, get, getAll, offset, update, setOffset, clear]);
}

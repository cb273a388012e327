import { useState } from 'react';

import type { useListParams } from './useListParams';

type List = ReturnType<typeof useListParams>;

/**
 * One filter of the URL as a controlled input's value. The router applies URL changes in a
 * transition, so a checkbox or select bound straight to the URL would snap back for a moment
 * after each click; this keeps the chosen value until the URL catches up, and follows the URL
 * when it changes otherwise (reset, back button).
 */
export function useUrlValues(list: List, key: string): [string[], (values: string[]) => void] {
  const fromUrl = list.getAll(key);
  const urlKey = fromUrl.join('\n');
  const [state, setState] = useState({ urlKey, values: fromUrl });
  if (state.urlKey !== urlKey) setState({ urlKey, values: fromUrl });
  const set = (values: string[]) => {
    setState((current) => ({ ...current, values }));
    list.update({ [key]: values });
  };
  return [state.urlKey === urlKey ? state.values : fromUrl, set];
}

/** The same for a single value ('' when absent). */
export function useUrlValue(list: List, key: string): [string, (value: string) => void] {
  const [values, setValues] = useUrlValues(list, key);
  return [values[0] ?? '', (value) => setValues(value ? [value] : [])];
}

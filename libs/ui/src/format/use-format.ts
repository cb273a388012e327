import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { createFormatter, type Formatter } from './format';

/** Formatters for the active language; they change when the user switches language. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return useMemo(() => createFormatter(i18n.language), [i18n.language]);
}

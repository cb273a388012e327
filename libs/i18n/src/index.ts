import i18next, { i18n } from 'i18next';

import { en } from './messages/en';
import { fr } from './messages/fr';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;
export type Messages = typeof en;

/** A ready i18next instance of its own (no global state), for the API's e-mails and for tests. */
export function createI18n(lng: Locale = DEFAULT_LOCALE): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export { explainEarning, explainEarningPart, type ExplainedPart } from './earning-explanation';

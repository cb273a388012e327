import { DEFAULT_LOCALE, isLocale, type Locale, LOCALES, resources } from '@relais/i18n';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LOCALE_STORAGE_KEY = 'relais.locale';

function storedLocale(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The user's stored choice, else the first of the browser's languages we speak, else French. */
export function detectLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  const languages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? ''];
  for (const language of languages) {
    const base = language.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

function reflect(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  try {
    if (isLocale(lng)) globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, lng);
  } catch {
    // not remembered, still shown
  }
}

/** Initialises the apps' i18next (synchronously: resources are bundled) and keeps <html lang> in step. */
export function initI18n(): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: detectLocale(),
      fallbackLng: 'en',
      supportedLngs: [...LOCALES],
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    i18next.on('languageChanged', reflect);
  }
  reflect(i18next.language);
  return i18next;
}

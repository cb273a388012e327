import { resources } from '@relais/i18n';

type Tree = { [key: string]: string | Tree };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The message at `key` (e.g. 'auth.signIn.submit') in a language, without interpolation. */
export function message(language: 'en' | 'fr', key: string): string {
  const value = key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), resources[language].translation as unknown as Tree);
  if (typeof value !== 'string') throw new Error(`No message ${key} in ${language}`);
  return value;
}

/**
 * Matches the message in English or French, so a selector holds whichever language the app shows.
 * Interpolated parts ({{name}}) match anything.
 */
export function either(key: string, { exact = true } = {}): RegExp {
  const pattern = (language: 'en' | 'fr') => escape(message(language, key)).replace(/\\\{\\\{\w+\\\}\\\}/g, '.*');
  const body = `${pattern('en')}|${pattern('fr')}`;
  return new RegExp(exact ? `^(?:${body})$` : `(?:${body})`);
}

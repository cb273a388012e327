import { type RelaisClient, SessionProvider } from '@relais/graphql-client';
import { isLocale } from '@relais/i18n';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

/** i18next, Apollo and the session, wired so that signing in switches to the user's saved language. */
export function AppProviders({ client, i18n, children }: { client: RelaisClient; i18n: i18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider
        client={client}
        onUserLocale={(locale) => {
          if (isLocale(locale) && locale !== i18n.language) void i18n.changeLanguage(locale);
        }}
      >
        {children}
      </SessionProvider>
    </I18nextProvider>
  );
}

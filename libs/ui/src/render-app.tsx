import { createRelaisClient } from '@relais/graphql-client';
import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { AppProviders } from './AppProviders';
import { initI18n } from './i18n/init-i18n';

/**
 * Starts an app in #root with everything both apps need around it. `appKey` keeps each app's
 * stored session apart: the two apps may run on two ports of one host, which share storage rules.
 */
export function renderApp(appKey: string, App: ComponentType): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={createRelaisClient({ appKey })} i18n={initI18n()}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}

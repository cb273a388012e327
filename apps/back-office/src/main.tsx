import { createRelaisClient } from '@relais/graphql-client';
import { AppProviders, initI18n } from '@relais/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app/App';

const i18n = initI18n();
const client = createRelaisClient({ appKey: 'back-office' });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);

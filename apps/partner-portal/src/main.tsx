import './portal.css';

import { createRelaisClient } from '@relais/graphql-client';
import { AppProviders, initI18n } from '@relais/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app/App';

const i18n = initI18n();
// Its own stored session: the back-office on another port of the same host keeps its own.
const client = createRelaisClient({ appKey: 'portal' });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);

import { renderApp } from '@relais/ui';

import { App } from './app/App';

renderApp('back-office', App);

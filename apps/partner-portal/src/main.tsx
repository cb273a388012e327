import './portal.css';

import { renderApp } from '@relais/ui';

import { App } from './app/App';

renderApp('portal', App);

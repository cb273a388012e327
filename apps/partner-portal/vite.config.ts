import { defineConfig } from 'vite';

import { relaisAppConfig } from '../../tools/vite/relais-app.config';

export default defineConfig(
  relaisAppConfig({ appDir: import.meta.url, name: 'partner-portal', port: Number(process.env.PORTAL_PORT ?? 4200) }),
);

import { defineConfig } from 'vite';

import { relaisAppConfig } from '../../tools/vite/relais-app.config';

export default defineConfig(
  relaisAppConfig({ appDir: import.meta.url, name: 'back-office', port: Number(process.env.BACK_OFFICE_PORT ?? 4300) }),
);

/** Where the system under test listens; set by global-setup.ts for the whole run. */
export interface SystemUrls {
  portal: string;
  backOffice: string;
  api: string;
}

export type AppName = 'portal' | 'back-office';

export function systemUrls(): SystemUrls {
  const { E2E_PORTAL_URL, E2E_BACK_OFFICE_URL, E2E_API_URL } = process.env;
  if (!E2E_PORTAL_URL || !E2E_BACK_OFFICE_URL || !E2E_API_URL) {
    throw new Error('The browser tests run through apps/e2e/jest.config.cjs, whose global setup starts the system');
  }
  return { portal: E2E_PORTAL_URL, backOffice: E2E_BACK_OFFICE_URL, api: E2E_API_URL };
}

export const appUrl = (app: AppName, path = '/') => `${app === 'portal' ? systemUrls().portal : systemUrls().backOffice}${path}`;

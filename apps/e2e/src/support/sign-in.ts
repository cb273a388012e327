import type { Page } from 'playwright-core';

import { DESKTOP, newPage } from './browser';
import { either } from './i18n';
import { type AppName, appUrl } from './system';

/** The demo accounts of the seed (apps/api/src/seed); e2e may not import the API's code. */
export const DEMO_PASSWORD = 'Relais-demo-2026';
export const DEMO = {
  brandAdmin: 'admin@relais.demo',
  channelManager: 'claire.martin@relais.demo',
  partnerAdmin: 'julien.dupont@chauffage-dupont.demo',
  partnerMember: 'lea.moreau@chauffage-dupont.demo',
} as const;

/** Fills the sign-in form of the page's app. */
export async function fillSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(either('fields.email')).fill(email);
  await page.getByLabel(either('fields.password')).fill(password);
  await page.getByRole('button', { name: either('auth.signIn.submit') }).click();
}

/** A new browser on `app`, signed in as `email`, on the app's first page after sign-in. */
export async function signIn(app: AppName, email: string, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(viewport);
  await page.goto(appUrl(app));
  await fillSignIn(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  // The signed-in shell (its navigation may sit behind a menu button on a phone).
  await page.getByRole('navigation', { name: either('nav.main'), includeHidden: true }).waitFor({ state: 'attached' });
  return page;
}

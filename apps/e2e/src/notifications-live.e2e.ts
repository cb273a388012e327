import type { Page, WebSocket } from 'playwright-core';

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** The bell's unread count, read from its accessible name ("Notifications, 3 unread", or "Notifications" for none). */
const bellCount = (page: Page) =>
  page.evaluate(() => Number((document.querySelector('header .r-bell')?.getAttribute('aria-label') ?? '').replace(/\D/g, '') || 0));

/** Resolves once the page's GraphQL socket has sent its notificationAdded subscription. */
function subscribed(page: Page): Promise<void> {
  return new Promise((resolve) => {
    const watch = (socket: WebSocket) => {
      if (!socket.url().endsWith('/graphql')) return;
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('notificationAdded')) resolve();
      });
    };
    page.on('websocket', watch);
  });
}

describe('Notifications, live', () => {
  it('the bell counts a new notification as soon as the brand asks about a declaration, without a reload', async () => {
    const [declarer, brand] = await Promise.all([apiToken(DEMO.partnerMember), apiToken(DEMO.brandAdmin)]);
    const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, brand);
    const input = {
      saleDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      currency: 'EUR',
      lines: [{ productId: products.items[0]?.id, quantity: 1, amount: 1000 + (Date.now() % 997), channel: 'IN_STORE', invoiceReference: `E2E-LIVE-${Date.now().toString(36)}` }],
    };
    const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, declarer);
    const id = createDeclaration.id;
    await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id, key: `e2e-live-${id}` }, declarer);

    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    const ready = subscribed(page);
    await page.goto(appUrl('portal', '/'));
    await ready;
    await page.getByRole('banner').getByRole('link', { name: either('notifications.bell', { exact: false }) }).waitFor();
    const before = await bellCount(page);
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    await graphql('mutation ($id: ID!, $message: String!) { requestInformation(id: $id, message: $message) { id } }', { id, message: 'Which invoice is it?' }, brand);
    // Polling runs every two minutes: a count that moves within seconds came over the socket.
    await page.waitForFunction((count) => Number((document.querySelector('header .r-bell')?.getAttribute('aria-label') ?? '').replace(/\D/g, '') || 0) === count + 1, before, { timeout: 20_000 });
    expect(loads).toEqual([]);
  });

  it('the notification settings page switches a kind off, at 390 px and accessibly', async () => {
    const page = await signIn('portal', DEMO.partnerAdmin, PHONE);
    await page.goto(appUrl('portal', '/profile/notifications'));
    const box = page.getByRole('checkbox', { name: new RegExp(`^(?:${either('notificationSettings.kinds.REWARD_ORDER_SHIPPED').source.slice(1, -1)}) — `) }).last();
    await box.waitFor();
    await expect(box.isChecked()).resolves.toBe(true);
    await box.uncheck();
    await page.locator('.r-live-region').filter({ hasText: /: off\.|: désactivé\./ }).waitFor();
    await expectAccessible(page, 'the notification settings page');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

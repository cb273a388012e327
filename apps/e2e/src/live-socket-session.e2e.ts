import type { WebSocket } from 'playwright-core';

import { graphql } from './support/api';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Live updates and the session', () => {
  it('a session signed out elsewhere loses its socket at once; the app goes to sign-in and never opens a new connection', async () => {
    const page = await signIn('portal', DEMO.partnerAdmin);
    const sockets: WebSocket[] = [];
    let inits = 0;
    let subscribed!: () => void;
    const ready = new Promise<void>((resolve) => (subscribed = resolve));
    page.on('websocket', (socket) => {
      if (!socket.url().endsWith('/graphql')) return;
      sockets.push(socket);
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"connection_init"')) inits += 1;
        if (String(payload).includes('notificationAdded')) subscribed();
      });
    });
    await page.goto(appUrl('portal', '/'));
    await ready;
    const initsBefore = inits;

    // Signing out from another device: the API revokes this page's session and closes its socket.
    const refreshToken = await page.evaluate(() => localStorage.getItem('relais.portal.refreshToken'));
    await graphql('mutation ($input: SignOutInput!) { signOut(input: $input) }', { input: { refreshToken } });

    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'), { timeout: 20_000 });
    // Longer than graphql-ws's first retry wait: a client that kept its old token would have retried by now.
    await page.waitForTimeout(5_000);
    expect(sockets.every((socket) => socket.isClosed())).toBe(true);
    expect(inits).toBe(initsBefore);
  });
});

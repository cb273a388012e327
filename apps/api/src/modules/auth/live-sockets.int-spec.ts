import { socketClient, subscribe, untilListening } from '../../../test/support/subscriptions';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { createApp } from '../../app.factory';
import { AppConfig } from '../../core/config/app-config';
import { createRootLogger } from '../../core/logging/pino-logger';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { notificationsChannel, NotificationsService } from '../notifications/notifications.service';
import { LiveSockets } from './live-sockets';

const [p1, p2, p3, p4, p5] = [1, 2, 3, 4, 5].map(demoPartnerAccounts);
const NOTIFICATION_ADDED = 'subscription { notificationAdded { id params { name value } } }';
// The shortest lifetime AppConfig accepts: the expiry test waits for it.
const TTL_SECONDS = 60;

const expiryOf = (accessToken: string): number => (JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as { exp: number }).exp * 1000;

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('Timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('LiveSockets', () => {
  let t: TestApp;
  let brand: string;
  beforeAll(async () => {
    t = await createTestApp({ ACCESS_TOKEN_TTL_SECONDS: String(TTL_SECONDS) });
  });
  afterAll(() => t.close());
  // Each test signs in afresh: the brand admin's token must outlive the test, not the file.
  beforeEach(async () => {
    brand = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });

  const signIn = async (email: string) => {
    const result = await t.gql<{ signIn: { accessToken: string; refreshToken: string } }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }',
      { input: { email, password: 'Relais-demo-2026' } },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.signIn;
  };
  const notify = (userId: string, date: string) =>
    t.dataSource.transaction((manager) => t.app.get(NotificationsService).notify(manager, { userIds: [userId], kind: 'DECLARATION_REVERSED', params: { date } }));
  /** A live notificationAdded subscription of `userId`, checked by receiving one event. */
  const watching = async (userId: string, accessToken: string) => {
    const live = subscribe(socketClient(t, accessToken), NOTIFICATION_ADDED);
    await untilListening(t, notificationsChannel(userId));
    await notify(userId, '2026-01-01');
    expect((await live.next()).data?.notificationAdded.params).toEqual([{ name: 'date', value: '2026-01-01' }]);
    return live;
  };
  /** What a closed socket's subscriber receives: graphql-ws's close event, as the test client reports it. */
  const closed = (reason: string) => ({ errors: [{ message: reason, extensions: { code: 'SOCKET_4403' } }] });

  it(
    'closes a socket with 4403 when its access token expires, and delivers nothing afterwards',
    async () => {
      const { accessToken } = await signIn(p1.member.email);
      const live = await watching(p1.member.id, accessToken);
      try {
        expect(await live.next((TTL_SECONDS + 15) * 1000)).toEqual(closed('Access token expired'));
        const lateness = Date.now() - expiryOf(accessToken);
        expect(lateness).toBeGreaterThanOrEqual(-100);
        expect(lateness).toBeLessThan(3000);

        // The server returned the socket's subscription: no one of this process hears the channel any more.
        await until(() => !t.app.get(RealtimeService).isListening(notificationsChannel(p1.member.id)));
        expect(t.app.get(LiveSockets).countFor(p1.member.id)).toBe(0);
        await notify(p1.member.id, '2026-02-02');
        await expect(live.next(1000)).rejects.toThrow('No subscription result arrived');
      } finally {
        await live.close();
      }
    },
    (TTL_SECONDS + 30) * 1000,
  );

  it("closes a deactivated user's socket at once, and leaves another user's open", async () => {
    const member = await watching(p2.member.id, (await signIn(p2.member.email)).accessToken);
    const admin = await watching(p2.admin.id, (await signIn(p2.admin.email)).accessToken);
    try {
      const deactivated = await t.gql('mutation ($id: ID!) { deactivateUser(id: $id) { status } }', { id: p2.member.id }, { token: brand });
      expect(deactivated.data?.deactivateUser).toEqual({ status: 'DEACTIVATED' });
      expect(await member.next(5000)).toEqual(closed('Session ended'));

      await notify(p2.admin.id, '2026-03-03');
      expect((await admin.next()).data?.notificationAdded.params).toEqual([{ name: 'date', value: '2026-03-03' }]);
      expect(t.app.get(LiveSockets).countFor(p2.admin.id)).toBe(1);
    } finally {
      await member.close();
      await admin.close();
      await t.gql('mutation ($id: ID!) { reactivateUser(id: $id) { status } }', { id: p2.member.id }, { token: brand });
    }
  });

  it('refuses a new socket with the still unexpired access token of an ended session', async () => {
    const { accessToken, refreshToken } = await signIn(p3.member.email);
    const signedOut = await t.gql('mutation ($input: SignOutInput!) { signOut(input: $input) }', { input: { refreshToken } });
    expect(signedOut.errors).toBeUndefined();
    const live = subscribe(socketClient(t, accessToken), NOTIFICATION_ADDED);
    try {
      expect(await live.next()).toEqual(closed('Forbidden'));
    } finally {
      await live.close();
    }
  });

  it("closes the socket of the session signed out, not the same user's other session", async () => {
    const first = await signIn(p3.admin.email);
    const second = await signIn(p3.admin.email);
    const otherSocket = await watching(p3.admin.id, second.accessToken);
    const signedOutSocket = subscribe(socketClient(t, first.accessToken), NOTIFICATION_ADDED);
    try {
      await until(() => t.app.get(LiveSockets).countFor(p3.admin.id) === 2);
      await t.gql('mutation ($input: SignOutInput!) { signOut(input: $input) }', { input: { refreshToken: first.refreshToken } });
      expect(await signedOutSocket.next(5000)).toEqual(closed('Session ended'));
      await notify(p3.admin.id, '2026-04-04');
      expect((await otherSocket.next()).data?.notificationAdded.params).toEqual([{ name: 'date', value: '2026-04-04' }]);
    } finally {
      await signedOutSocket.close();
      await otherSocket.close();
    }
  });

  it("closes the sockets of a suspended partner's users", async () => {
    const live = await watching(p4.admin.id, (await signIn(p4.admin.email)).accessToken);
    try {
      const suspended = await t.gql('mutation ($id: ID!) { suspendPartner(id: $id) { status } }', { id: p4.partnerId }, { token: brand });
      expect(suspended.data?.suspendPartner).toEqual({ status: 'SUSPENDED' });
      expect(await live.next(5000)).toEqual(closed('Session ended'));
    } finally {
      await live.close();
      await t.gql('mutation ($id: ID!) { activatePartner(id: $id) { status } }', { id: p4.partnerId }, { token: brand });
    }
  });

  it('closes a socket held by one API process when the user is deactivated through another', async () => {
    // A second process of the same build against the same database, as behind a load balancer.
    const other = await createApp(t.app.get(AppConfig), (t.dataSource.options as { url: string }).url, createRootLogger('silent'));
    await other.listen(0, '127.0.0.1');
    const otherUrl = (await other.getUrl()).replace('[::1]', '127.0.0.1');
    const live = await watching(p5.member.id, (await signIn(p5.member.email)).accessToken);
    try {
      const response = await fetch(`${otherUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${brand}` },
        body: JSON.stringify({ query: 'mutation ($id: ID!) { deactivateUser(id: $id) { status } }', variables: { id: p5.member.id } }),
      });
      expect(await response.json()).toEqual({ data: { deactivateUser: { status: 'DEACTIVATED' } } });
      expect(await live.next(5000)).toEqual(closed('Session ended'));
    } finally {
      await live.close();
      await other.close();
    }
  });
});

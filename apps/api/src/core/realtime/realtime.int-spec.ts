import { JwtService } from '@nestjs/jwt';
import { Client as PgClient } from 'pg';

import { socketClient, subscribe, untilListening } from '../../../test/support/subscriptions';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { notificationsChannel, NotificationsService } from '../../modules/notifications/notifications.service';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { AppConfig } from '../config/app-config';
import { RealtimeService } from './realtime.service';

const north = demoPartnerAccounts(1);
const other = demoPartnerAccounts(2);

async function untilGone(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}
const NOTIFICATION_ADDED = 'subscription { notificationAdded { id kind params { name value } } }';

describe('RealtimeService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const notify = (userId: string, date: string) =>
    t.dataSource.transaction((manager) => t.app.get(NotificationsService).notify(manager, { userIds: [userId], kind: 'DECLARATION_REVERSED', params: { date } }));

  describe('subscribe, over graphql-ws', () => {
    it('delivers what a committed transaction published, and nothing of a rolled-back one', async () => {
      const live = subscribe(socketClient(t, await t.tokenFor(north.member.email)), NOTIFICATION_ADDED);
      try {
        await untilListening(t, notificationsChannel(north.member.id));
        await expect(
          t.dataSource.transaction(async (manager) => {
            await t.app.get(NotificationsService).notify(manager, { userIds: [north.member.id], kind: 'DECLARATION_REVERSED', params: { date: '2026-01-01' } });
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        await notify(north.member.id, '2026-02-02');

        const first = await live.next();
        expect(first.errors).toBeUndefined();
        expect(first.data?.notificationAdded).toMatchObject({ kind: 'DECLARATION_REVERSED', params: [{ name: 'date', value: '2026-02-02' }] });
        const [row] = await t.sql('SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1', [north.member.id]);
        expect(first.data?.notificationAdded.id).toBe(row.id);
      } finally {
        await live.close();
      }
    });

    it('hears what another process published on the channel', async () => {
      const live = subscribe(socketClient(t, await t.tokenFor(north.admin.email)), NOTIFICATION_ADDED);
      const other = new PgClient({ connectionString: (t.dataSource.options as { url?: string }).url });
      await other.connect();
      try {
        await untilListening(t, notificationsChannel(north.admin.id));
        const [row] = await t.sql<{ id: string }>(`INSERT INTO notifications (user_id, kind, params) VALUES ($1, 'DECLARATION_REVERSED', '{}') RETURNING id`, [north.admin.id]);
        await other.query('SELECT pg_notify($1, $2)', [notificationsChannel(north.admin.id), JSON.stringify({ id: row.id })]);
        expect((await live.next()).data?.notificationAdded.id).toBe(row.id);
      } finally {
        await other.end();
        await live.close();
      }
    });

    it('never hands a user another user\'s notification', async () => {
      const live = subscribe(socketClient(t, await t.tokenFor(north.member.email)), NOTIFICATION_ADDED);
      try {
        await untilListening(t, notificationsChannel(north.member.id));
        const [theirs] = await t.sql<{ id: string }>(`INSERT INTO notifications (user_id, kind, params) VALUES ($1, 'DECLARATION_REVERSED', '{}') RETURNING id`, [north.admin.id]);
        // An id of someone else's on the member's channel (forged) reads as nothing.
        await t.dataSource.transaction((manager) => t.app.get(RealtimeService).publish(manager, notificationsChannel(north.member.id), { id: theirs.id }));
        await notify(north.member.id, '2026-03-03');
        const first = await live.next();
        expect(first.data?.notificationAdded).toMatchObject({ params: [{ name: 'date', value: '2026-03-03' }] });
      } finally {
        await live.close();
      }
    });

    it('listens again after its connection to PostgreSQL drops, and delivers what comes next', async () => {
      const live = subscribe(socketClient(t, await t.tokenFor(north.member.email)), NOTIFICATION_ADDED);
      try {
        const channel = notificationsChannel(north.member.id);
        await untilListening(t, channel);
        await t.sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'relais-api-listen' AND datname = current_database()`);
        await untilGone(() => t.app.get(RealtimeService).isListening(channel));
        await untilListening(t, channel);
        await notify(north.member.id, '2026-04-04');
        expect((await live.next()).data?.notificationAdded).toMatchObject({ params: [{ name: 'date', value: '2026-04-04' }] });
      } finally {
        await live.close();
      }
    });

    it('stops listening to a channel when its last subscriber leaves', async () => {
      const channel = notificationsChannel(other.member.id);
      const live = subscribe(socketClient(t, await t.tokenFor(other.member.email)), NOTIFICATION_ADDED);
      await untilListening(t, channel);
      await live.close();
      await untilGone(() => t.app.get(RealtimeService).isListening(channel));
      expect(t.app.get(RealtimeService).isListening(channel)).toBe(false);
      const listened = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'relais-api-listen' AND datname = current_database()`);
      expect(listened).toEqual([{ n: 1 }]);
    });

    it('closes a socket when its token expires, and refuses a new one with that token', async () => {
      const jwt = new JwtService({ secret: t.app.get(AppConfig).JWT_SECRET });
      const shortLived = jwt.sign({ sub: north.member.id, role: 'PARTNER_MEMBER', pid: north.partnerId, typ: 'access' }, { expiresIn: 2 });
      const first = subscribe(socketClient(t, shortLived), NOTIFICATION_ADDED);
      try {
        await untilListening(t, notificationsChannel(north.member.id));
        expect((await first.next()).errors?.[0]).toMatchObject({ message: 'Access token expired', extensions: { code: 'SOCKET_4403' } });
      } finally {
        await first.close();
      }
      const late = subscribe(socketClient(t, shortLived), NOTIFICATION_ADDED);
      try {
        expect((await late.next()).errors?.[0]).toMatchObject({ message: 'Forbidden', extensions: { code: 'SOCKET_4403' } });
      } finally {
        await late.close();
      }
    });

    it('refuses a socket without a valid access token', async () => {
      for (const token of [undefined, 'forged.token.value']) {
        const live = subscribe(socketClient(t, token), NOTIFICATION_ADDED);
        try {
          const result = await live.next();
          expect(result.errors?.[0]?.extensions?.code).toBe('SOCKET_4403');
        } finally {
          await live.close();
        }
      }
    });
  });

  describe('publish', () => {
    it('refuses a channel name that is not a plain lower-case identifier, and a payload too large', async () => {
      const realtime = t.app.get(RealtimeService);
      await expect(t.dataSource.transaction((m) => realtime.publish(m, 'Bad-Channel', {}))).rejects.toThrow(/channel/);
      await expect(t.dataSource.transaction((m) => realtime.publish(m, 'ok_channel', { text: 'x'.repeat(8000) }))).rejects.toThrow(/too large/);
    });
  });
});

import { declare, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { NotificationsService } from './notifications.service';

const north = demoPartnerAccounts(1);
const south = demoPartnerAccounts(3);

const LIST = 'query { notificationPreferences { kind inApp email } }';
const SET = 'mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind inApp email } }';

describe('NotificationPreferencesService', () => {
  let t: TestApp;
  let manager: string;
  beforeAll(async () => {
    // No background activity processing: a stage completed by these approvals would e-mail too.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    manager = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  const prefs = async (token: string) => (await t.gql<{ notificationPreferences: { kind: string; inApp: boolean | null; email: boolean | null }[] }>(LIST, {}, { token })).data?.notificationPreferences;
  const set = (token: string, kind: string, channel: string, enabled: boolean) => t.gql(SET, { input: { kind, channel, enabled } }, { token });
  const outbox = (to: string) => t.sql<{ subject: string; text: string }>('SELECT subject, text FROM outbox_email WHERE recipient = $1 ORDER BY created_at', [to]);
  const inApp = (userId: string, kind: string) => t.sql('SELECT id FROM notifications WHERE user_id = $1 AND kind = $2', [userId, kind]);

  describe('notificationPreferences', () => {
    it('lists every kind with its defaults: decisions in the app and by e-mail, the recap by e-mail only', async () => {
      const list = await prefs(await t.tokenFor(north.member.email));
      expect(list).toEqual(expect.arrayContaining([
        { kind: 'DECLARATION_DECIDED', inApp: true, email: true },
        { kind: 'WEEKLY_RECAP', inApp: null, email: true },
      ]));
    });

    it('offers brand users no partner kinds, and refuses them one', async () => {
      expect(await prefs(manager)).toEqual([]);
      const result = await set(manager, 'DECLARATION_DECIDED', 'EMAIL', false);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOTIFICATION_KIND_NOT_OFFERED', field: 'kind' });
    });
  });

  describe('setNotificationPreference', () => {
    it('switches one way of one kind and keeps the other', async () => {
      const token = await t.tokenFor(north.admin.email);
      const result = await set(token, 'REWARD_ORDER_SHIPPED', 'EMAIL', false);
      expect(result.data?.setNotificationPreference).toEqual({ kind: 'REWARD_ORDER_SHIPPED', inApp: true, email: false });
      const again = await set(token, 'REWARD_ORDER_SHIPPED', 'IN_APP', false);
      expect(again.data?.setNotificationPreference).toEqual({ kind: 'REWARD_ORDER_SHIPPED', inApp: false, email: false });
      expect((await prefs(token))?.find((p) => p.kind === 'REWARD_ORDER_SHIPPED')).toEqual({ kind: 'REWARD_ORDER_SHIPPED', inApp: false, email: false });
    });

    it('names the field of a way the kind is not sent, and changes nothing', async () => {
      const token = await t.tokenFor(north.admin.email);
      const result = await set(token, 'WEEKLY_RECAP', 'IN_APP', true);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOTIFICATION_CHANNEL_NOT_OFFERED', field: 'channel' });
      expect(await t.sql("SELECT 1 FROM notification_preferences WHERE kind = 'WEEKLY_RECAP'")).toEqual([]);
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      expect((await t.gql(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('NotificationsService.notify', () => {
    it('tells a user who switched a kind off nothing of it, in the app or by e-mail', async () => {
      const token = await t.tokenFor(south.member.email);
      await set(token, 'DECLARATION_DECIDED', 'IN_APP', false);
      await set(token, 'DECLARATION_DECIDED', 'EMAIL', false);
      const declaration = await declare(t, token);
      const before = await outbox(south.member.email);
      expect((await t.gql(OPS.approve, { id: declaration.id }, { token: manager })).data?.approveDeclaration.status).toBe('APPROVED');

      // The decision's transaction wrote everything it would send: the outbox is where an e-mail would be.
      expect(await inApp(south.member.id, 'DECLARATION_DECIDED')).toEqual([]);
      expect(await outbox(south.member.email)).toEqual(before);
    });

    it('e-mails without an in-app notification when only the app is switched off, and the reverse', async () => {
      await t.sql("UPDATE users SET locale = 'en' WHERE id = $1", [south.admin.id]);
      const token = await t.tokenFor(south.admin.email);
      await set(token, 'DECLARATION_DECIDED', 'IN_APP', false);
      const declaration = await declare(t, token);
      await t.gql(OPS.approve, { id: declaration.id }, { token: manager });
      expect(await inApp(south.admin.id, 'DECLARATION_DECIDED')).toEqual([]);
      const mail = await t.mailbox.waitFor(south.admin.email, /has been reviewed/);
      expect(mail.text).toContain(`/declarations/${declaration.id}`);

      await set(token, 'DECLARATION_INFO_REQUESTED', 'EMAIL', false);
      const second = await declare(t, token);
      const before = await outbox(south.admin.email);
      await t.gql(OPS.requestInfo, { id: second.id, message: 'Which invoice?' }, { token: manager });
      expect(await inApp(south.admin.id, 'DECLARATION_INFO_REQUESTED')).toHaveLength(1);
      expect(await outbox(south.admin.email)).toEqual(before);
    });

    it('e-mails the kinds that deserve one in each user\'s language, with the sentence of the app', async () => {
      await t.sql("UPDATE users SET locale = 'fr' WHERE id = $1", [north.member.id]);
      await t.sql("UPDATE users SET locale = 'en' WHERE id = $1", [north.admin.id]);
      const notifications = t.app.get(NotificationsService);
      await t.dataSource.transaction((m) =>
        notifications.notify(m, { userIds: [north.member.id, north.admin.id], kind: 'DECLARATION_REVERSED', params: { date: '2026-03-12' }, link: '/declarations' }),
      );
      const fr = await t.mailbox.waitFor(north.member.email, /Votre déclaration a été annulée/);
      expect(fr.text).toContain('Votre déclaration du 12 mars 2026 a été annulée');
      expect(fr.text).toMatch(/http:\/\/localhost:4200\/declarations/);
      const en = await t.mailbox.waitFor(north.admin.email, /Your declaration has been reversed/);
      expect(en.text).toContain('Your declaration of March 12, 2026 has been reversed');
    });

    it('never e-mails a kind that has no e-mail (rank moves), whatever the user', async () => {
      const before = (await outbox(north.member.email)).length;
      const notifications = t.app.get(NotificationsService);
      // A kind outside EMAIL_DEFAULTS: CHALLENGE_RANK_GAINED when challenges are in, else any such kind.
      const kind = 'CHALLENGE_RANK_GAINED' as never;
      await t.dataSource.transaction((m) => notifications.notify(m, { userIds: [north.member.id], kind, params: { rank: 2 } }));
      expect(await inApp(north.member.id, 'CHALLENGE_RANK_GAINED')).toHaveLength(1);
      expect(await outbox(north.member.email)).toHaveLength(before);
    });
  });
});

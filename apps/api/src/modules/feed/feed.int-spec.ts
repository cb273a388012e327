import { randomUUID } from 'node:crypto';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityService } from '../activity/activity.service';
import { ActivityProcessor } from '../activity/activity-processor';

const north = demoPartnerAccounts(1);
const other = demoPartnerAccounts(2);

const FEED = `query ($page: PageInput) { activityFeed(page: $page) { enabled hasMore items {
  id kind occurredAt partnerName own badgeName { en fr } badgeIcon stage challengeTitle { en fr } rank } } }`;
const SETTINGS = 'query { feedSettings { enabled kinds showPartnerNames } }';
const UPDATE = 'mutation ($input: UpdateFeedSettingsInput!) { updateFeedSettings(input: $input) { enabled kinds showPartnerNames } }';

interface Item {
  kind: string;
  partnerName: string | null;
  own: boolean;
  badgeName: { en: string } | null;
  stage: string | null;
  challengeTitle: { en: string } | null;
  rank: number | null;
}

describe('FeedService', () => {
  let t: TestApp;
  let reader: string;
  let admin: string;
  let names: Record<string, string>;
  const challengeId = randomUUID();

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [reader, admin] = await Promise.all([t.tokenFor(north.member.email), t.tokenFor(DEMO_USERS.brandAdmin.email)]);
    names = Object.fromEntries((await t.sql<{ id: string; name: string }>('SELECT id, name FROM partners')).map((p) => [p.id, p.name]));
    // Only this file's achievements, whatever the demo data holds (the database is this file's own).
    await t.sql('DELETE FROM feed_items');
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await t.dataSource.transaction(async (manager) => {
      const activity = t.app.get(ActivityService);
      await activity.record(manager, { type: 'STAGE_COMPLETED', partnerId: north.partnerId, userId: null, occurredAt: at(30), payload: { stage: 'INTEGRATION' } });
      await activity.record(manager, {
        type: 'BADGE_EARNED', partnerId: other.partnerId, userId: other.member.id, subjectId: randomUUID(), occurredAt: at(20),
        payload: { badgeId: 'b', name: { en: 'Networker', fr: 'Réseauteur' }, icon: 'star' },
      });
      await activity.record(manager, {
        type: 'CHALLENGE_PODIUM', partnerId: other.partnerId, userId: other.admin.id, subjectId: challengeId, occurredAt: at(10),
        payload: { challengeId, title: { en: 'Spring sprint', fr: 'Sprint de printemps' }, rank: 1, anonymous: true },
      });
      // Not an achievement: never in the feed.
      await activity.record(manager, { type: 'SIGNED_IN', partnerId: north.partnerId, userId: north.member.id, occurredAt: at(5) });
    });
    await t.app.get(ActivityProcessor).processPending();
  });
  afterAll(() => t.close());

  const feed = async (token: string, page?: { offset?: number; limit?: number }) => {
    const result = await t.gql<{ activityFeed: { enabled: boolean; hasMore: boolean; items: Item[] } }>(FEED, { page }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.activityFeed;
  };
  const update = (token: string, input: Record<string, unknown>) => t.gql(UPDATE, { input }, { token });

  describe('activityFeed', () => {
    it('shows the network\'s achievements newest first, with company names, to a partner user', async () => {
      const { enabled, items } = await feed(reader);
      expect(enabled).toBe(true);
      expect(items.map((i) => i.kind)).toEqual(['CHALLENGE_PODIUM', 'BADGE_EARNED', 'STAGE_COMPLETED']);
      expect(items[1]).toMatchObject({ partnerName: names[other.partnerId], own: false, badgeName: { en: 'Networker' } });
      expect(items[2]).toMatchObject({ partnerName: names[north.partnerId], own: true, stage: 'INTEGRATION' });
    });

    it('never names a challenge participant who chose anonymity', async () => {
      const [podium] = (await feed(admin)).items;
      expect(podium).toMatchObject({ kind: 'CHALLENGE_PODIUM', partnerName: null, rank: 1, challengeTitle: { en: 'Spring sprint' } });
    });

    it('pages, telling whether more follow', async () => {
      const first = await feed(reader, { offset: 0, limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      const last = await feed(reader, { offset: 2, limit: 2 });
      expect(last.items.map((i) => i.kind)).toEqual(['STAGE_COMPLETED']);
      expect(last.hasMore).toBe(false);
    });
  });

  describe('updateFeedSettings', () => {
    it('anonymises every item, limits the kinds, and switches the feed off, as the brand admin sets', async () => {
      await update(admin, { showPartnerNames: false, kinds: ['BADGE_EARNED', 'STAGE_COMPLETED'] });
      const limited = await feed(reader);
      expect(limited.items.map((i) => [i.kind, i.partnerName])).toEqual([['BADGE_EARNED', null], ['STAGE_COMPLETED', null]]);
      expect(limited.items[1].own).toBe(true);

      await update(admin, { enabled: false });
      expect(await feed(reader)).toEqual({ enabled: false, hasMore: false, items: [] });

      const restored = await update(admin, { enabled: true, showPartnerNames: true, kinds: ['BADGE_EARNED', 'STAGE_COMPLETED', 'CHALLENGE_PODIUM'] });
      expect(restored.data?.updateFeedSettings).toEqual({ enabled: true, showPartnerNames: true, kinds: ['BADGE_EARNED', 'STAGE_COMPLETED', 'CHALLENGE_PODIUM'] });
    });

    it('lets a partner user read the feed but neither read nor change its settings', async () => {
      for (const token of [reader, await t.tokenFor(north.admin.email), await t.tokenFor(DEMO_USERS.channelManagerNorth.email)]) {
        expect((await update(token, { enabled: false })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
        expect((await t.gql(SETTINGS, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
      expect((await t.gql(SETTINGS, {}, { token: admin })).data?.feedSettings.enabled).toBe(true);
      expect((await feed(reader)).enabled).toBe(true);
    });

    it('names the field of bad kinds and changes nothing', async () => {
      const repeated = await update(admin, { kinds: ['BADGE_EARNED', 'BADGE_EARNED'], enabled: false });
      expect(repeated.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'kinds', reason: 'arrayUnique' });
      expect((await t.gql(SETTINGS, {}, { token: admin })).data?.feedSettings.enabled).toBe(true);
    });
  });

  describe('the feed listener', () => {
    it('writes each achievement once even when its batch is processed again', async () => {
      await t.sql("UPDATE domain_events SET processed_at = NULL WHERE type = 'BADGE_EARNED'");
      await t.app.get(ActivityProcessor).processPending();
      expect(await t.sql("SELECT count(*)::int AS n FROM feed_items WHERE type = 'BADGE_EARNED'")).toEqual([{ n: 1 }]);
    });
  });
});

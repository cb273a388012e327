import { createTestApp, TestApp } from '../../../test/support/test-app';
import { Actor } from '../../core/auth/actor';
import { DEMO_USERS, demoSegmentId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { KnowledgeService } from './knowledge.service';

/** Partner 1 is French, partner 9 German (segment 2 holds the German partners). */
const p1 = demoPartnerAccounts(1);
const p9 = demoPartnerAccounts(9);
const member = (p: typeof p1): Actor => ({ userId: p.member.id, role: 'PARTNER_MEMBER', partnerId: p.partnerId });
const admin: Actor = { userId: DEMO_USERS.brandAdmin.id, role: 'BRAND_ADMIN', partnerId: null };

describe('KnowledgeService', () => {
  let t: TestApp;
  let knowledge: KnowledgeService;
  const ids: Record<string, string> = {};
  const insert = async (publishAt: string | null, unpublishAt: string | null = null) =>
    (await t.sql<{ id: string }>(`INSERT INTO articles (kind, title_fr, publish_at, unpublish_at) VALUES ('SERVICE_NOTE', 'Note', $1, $2) RETURNING id`, [publishAt, unpublishAt]))[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    knowledge = t.app.get(KnowledgeService);
    ids.open = await insert('2020-01-01T00:00:00Z');
    ids.german = await insert('2020-01-01T00:00:00Z');
    await t.sql('INSERT INTO article_segments (article_id, segment_id) VALUES ($1, $2)', [ids.german, demoSegmentId(2)]);
    ids.draft = await insert(null);
    ids.scheduled = await insert('2999-01-01T00:00:00Z');
    ids.ended = await insert('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z');
  });
  afterAll(() => t.close());

  describe('readableArticles', () => {
    it('gives a partner user the published articles of their segments only, in the order asked', async () => {
      const all = [ids.german, ids.open, ids.draft, ids.scheduled, ids.ended, 'not-an-id'];
      expect((await knowledge.readableArticles(member(p9), all)).map((a) => a.id)).toEqual([ids.german, ids.open]);
      expect((await knowledge.readableArticles(member(p1), all)).map((a) => a.id)).toEqual([ids.open]);
    });

    it('gives brand users every article, drafts included', async () => {
      expect((await knowledge.readableArticles(admin, [ids.draft, ids.ended])).map((a) => a.id)).toEqual([ids.draft, ids.ended]);
    });
  });

  describe('existingIds', () => {
    it('keeps the ids of existing articles whatever their window', async () => {
      expect((await knowledge.existingIds([ids.draft, '00000000-0000-4000-8000-000000000000'])).sort()).toEqual([ids.draft]);
    });
  });
});

import { approvedSale, CHALLENGE_OPS, challengeInput, liveChallenge } from '../../../test/support/challenges';
import { ACTIVE_PRODUCTS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';
import { ChallengeLifecycleService } from './challenge-lifecycle.service';
import { ChallengeSettlementService } from './challenge-settlement.service';
import { LEADERBOARD_SQL } from './leaderboard.service';

// Partners 1-3 (north) form the test segment; partner 4 is looked after by the south manager.
const [p1, p2, p3, p4] = [1, 2, 3, 4].map(demoPartnerAccounts);
const SEGMENT_REGIONS = ['Île-de-France', 'Bretagne', 'Hauts-de-France'];

describe('ChallengesService', () => {
  let t: TestApp;
  let brand: string;
  let north: string;
  let tokens: Record<'p1' | 'p2' | 'p3' | 'p4' | 'p1member', string>;
  let segmentId: string;
  let product = 0;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000', CHALLENGES_POLL_MS: '3600000' });
    [brand, north] = await Promise.all([t.tokenFor(DEMO_USERS.brandAdmin.email), t.tokenFor(DEMO_USERS.channelManagerNorth.email)]);
    const [a, b, c, d, m] = await Promise.all([p1, p2, p3, p4].map((p) => t.tokenFor(p.admin.email)).concat(t.tokenFor(p1.member.email)));
    tokens = { p1: a, p2: b, p3: c, p4: d, p1member: m };
    const segment = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', {
      input: { name: 'Challenge test regions', criteria: { regions: SEGMENT_REGIONS } },
    }, { token: brand });
    segmentId = segment.data?.createSegment.id;
    await processAll();
  });
  afterAll(() => t.close());

  const processAll = async () => {
    while ((await t.app.get(ActivityProcessor).processPending()) > 0);
  };
  /** Each test counts the units of a product of its own, so earlier tests' sales do not count. */
  const ownProduct = () => ACTIVE_PRODUCTS[product++ % ACTIVE_PRODUCTS.length];
  const sale = (token: string, quantity: number, productId: string) => approvedSale(t, token, brand, quantity, productId);
  const board = async (id: string, token: string, page?: { offset: number; limit: number }) => {
    const result = await t.gql(CHALLENGE_OPS.leaderboard, { id, page }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.challengeLeaderboard;
  };
  const challengeCount = async () => (await t.sql('SELECT count(*)::int AS n FROM challenges'))[0].n as number;

  describe('scores', () => {
    it("moves the partner's score when its declaration is approved", async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, filter: { productIds: [productId] } }));
      expect((await board(id, tokens.p1)).viewer.row.score).toBe(0);
      await sale(tokens.p1, 4, productId);
      expect((await board(id, tokens.p1)).viewer.row.score).toBe(0);
      await processAll();
      const after = await board(id, tokens.p1);
      expect(after.viewer.row).toMatchObject({ score: 4, rank: 1, isViewer: true, displayName: 'Chauffage Dupont' });
    });

    it('ranks three partners by score, a tie going to who reached it first', async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, filter: { productIds: [productId] } }));
      await sale(tokens.p3, 3, productId);
      await sale(tokens.p1, 5, productId);
      await sale(tokens.p2, 3, productId);
      await processAll();
      const seen = await board(id, tokens.p2);
      expect(seen.total).toBe(3);
      expect(seen.rows.map((r: { displayName: string; score: number; rank: number }) => [r.rank, r.displayName, r.score])).toEqual([
        [1, 'Chauffage Dupont', 5],
        [2, 'Distrib Énergie Nord', 3],
        [3, 'Thermique Bretagne', 3],
      ]);
      expect(seen.viewer).toMatchObject({ row: { rank: 3, score: 3 }, gapToNext: 0 });
      expect((await board(id, tokens.p3)).viewer).toMatchObject({ row: { rank: 2 }, gapToNext: 2 });
      expect((await board(id, tokens.p1)).viewer).toMatchObject({ row: { rank: 1 }, gapToNext: null });
      // The viewer's own row comes even when it is not on the page asked for.
      const firstOnly = await board(id, tokens.p2, { offset: 0, limit: 1 });
      expect(firstOnly.rows).toHaveLength(1);
      expect(firstOnly.viewer.row).toMatchObject({ rank: 3, isViewer: true });
    });

    it("sums a team's members, and tells a partner it gained places", async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, filter: { productIds: [productId] } }));
      await sale(tokens.p2, 2, productId);
      await processAll();
      await sale(tokens.p1, 1, productId);
      await sale(tokens.p1member, 2, productId);
      await processAll();
      expect((await board(id, tokens.p1)).viewer.row).toMatchObject({ score: 3, rank: 1 });
      const notices = await t.sql(`SELECT user_id, params FROM notifications WHERE kind = 'CHALLENGE_RANK_GAINED' AND params->>'titleEn' = $1 AND user_id = $2`, [
        'Spring heat pump race',
        p1.admin.id,
      ]);
      expect(notices.length).toBeGreaterThanOrEqual(1);
      // Partner 2 at least was overtaken (the others at 0 may have been ahead by the tie-break).
      expect(Math.max(...notices.map((n) => Number(n.params.count)))).toBeGreaterThanOrEqual(1);
    });

    it('ranks each member apart in an individual challenge', async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, kind: 'INDIVIDUAL', filter: { productIds: [productId] } }));
      await sale(tokens.p1member, 2, productId);
      await sale(tokens.p1, 1, productId);
      await processAll();
      const seen = await board(id, tokens.p1member);
      expect(seen.rows[0]).toMatchObject({ rank: 1, score: 2, displayName: 'Léa Moreau', partnerName: 'Chauffage Dupont', isViewer: true });
      expect(seen.rows[1]).toMatchObject({ rank: 2, score: 1, displayName: 'Julien Dupont' });
      expect(seen.total).toBe(6);
    });
  });

  describe('rank', () => {
    it('counts the rows ahead exactly through the score buckets, as scores are added, moved and removed', async () => {
      const challengeId = '00000000-0000-4000-8000-0000000c4a11';
      const scores = [0, 0, 0, -5, 1, 1, 7.5, 42, 99.99, 100, 100, 101.5, 250, 250, 4_321.25, 98_765.43, 1_000_000];
      await t.sql(
        `INSERT INTO challenge_scores (challenge_id, participant_id, partner_id, league, score, reached_at)
         SELECT $1, gen_random_uuid(), $2, CASE WHEN i % 5 = 0 THEN 'B' ELSE 'A' END, s, now() - (i || ' minutes')::interval
           FROM unnest($3::numeric[]) WITH ORDINALITY AS x(s, i)`,
        [challengeId, p1.partnerId, scores],
      );
      const check = async () => {
        const expected = await t.sql<{ participant_id: string; ahead: number }>(
          `SELECT participant_id, (row_number() OVER (PARTITION BY league ORDER BY score DESC, reached_at, participant_id) - 1)::int AS ahead
             FROM challenge_scores WHERE challenge_id = $1`,
          [challengeId],
        );
        for (const row of expected) {
          const [{ ahead }] = await t.sql<{ ahead: string }>(LEADERBOARD_SQL.ahead, [challengeId, row.participant_id]);
          expect([row.participant_id, Number(ahead)]).toEqual([row.participant_id, row.ahead]);
        }
      };
      await check();
      await t.sql(`UPDATE challenge_scores SET score = score * 3 + 1, reached_at = now() WHERE challenge_id = $1 AND score BETWEEN 1 AND 300`, [challengeId]);
      await check();
      await t.sql(`DELETE FROM challenge_scores WHERE challenge_id = $1 AND score > 5000`, [challengeId]);
      await check();
      const buckets = await t.sql<{ n: string }>('SELECT sum(participants)::int AS n FROM challenge_score_buckets WHERE challenge_id = $1', [challengeId]);
      const rows = await t.sql<{ n: string }>('SELECT count(*)::int AS n FROM challenge_scores WHERE challenge_id = $1', [challengeId]);
      expect(buckets).toEqual(rows);
    });
  });

  describe('leagues', () => {
    it('ranks partners among their region only', async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, leagueBy: 'REGION', filter: { productIds: [productId] } }));
      await sale(tokens.p2, 1, productId);
      await processAll();
      const seen = await board(id, tokens.p1);
      expect(seen).toMatchObject({ league: 'Île-de-France', leagues: ['Île-de-France'], total: 1 });
      expect(seen.viewer.row).toMatchObject({ rank: 1, score: 0 });
      const brandView = await t.gql(CHALLENGE_OPS.leaderboard, { id, league: 'Bretagne' }, { token: brand });
      expect(brandView.data?.challengeLeaderboard).toMatchObject({ league: 'Bretagne', total: 1, rows: [{ displayName: 'Thermique Bretagne', score: 1 }] });
      expect(brandView.data?.challengeLeaderboard.leagues).toEqual(['Bretagne', 'Hauts-de-France', 'Île-de-France']);
    });

    it("ranks by the tier a partner holds when the challenge goes live, those without one together", async () => {
      const [tier] = await t.sql<{ id: string }>('SELECT id FROM tiers ORDER BY threshold DESC LIMIT 1');
      const partners = [p1.partnerId, p2.partnerId, p3.partnerId];
      const before = await t.sql<{ id: string; tier_id: string | null }>('SELECT id, tier_id FROM partners WHERE id = ANY($1::uuid[])', [partners]);
      await t.sql('UPDATE partners SET tier_id = CASE WHEN id = $2 THEN NULL ELSE $1::uuid END WHERE id = ANY($3::uuid[])', [tier.id, p2.partnerId, partners]);
      try {
        const id = await liveChallenge(t, brand, challengeInput({ segmentId, leagueBy: 'TIER' }));
        expect(await board(id, tokens.p1)).toMatchObject({ league: tier.id, total: 2 });
        expect(await board(id, tokens.p2)).toMatchObject({ league: '', total: 1 });
      } finally {
        for (const row of before) await t.sql('UPDATE partners SET tier_id = $2 WHERE id = $1', [row.id, row.tier_id]);
      }
    });
  });

  describe('settle', () => {
    it('pays the prizes once even when two settlements run at once', async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, filter: { productIds: [productId] } }));
      await sale(tokens.p2, 6, productId);
      await sale(tokens.p3, 2, productId);
      await processAll();
      await t.sql(`UPDATE challenges SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute' WHERE id = $1`, [id]);
      await t.app.get(ChallengeLifecycleService).runDue();
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: brand })).data?.challenge.status).toBe('ENDED');

      const settlement = t.app.get(ChallengeSettlementService);
      const results = await Promise.all([settlement.settle(id), settlement.settle(id)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const paid = await t.sql(
        `SELECT a.owner_id, e.amount FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
          WHERE e.kind = 'CHALLENGE_PRIZE' AND e.source_id = $1 ORDER BY e.amount DESC`,
        [id],
      );
      expect(paid).toEqual([{ owner_id: p2.partnerId, amount: 500 }, { owner_id: p3.partnerId, amount: 200 }]);
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: brand })).data?.challenge.status).toBe('SETTLED');
      const podium = await t.sql(`SELECT partner_id, payload->>'rank' AS rank FROM domain_events WHERE type = 'CHALLENGE_PODIUM' AND subject_id = $1 ORDER BY 2`, [id]);
      expect(podium).toEqual([{ partner_id: p2.partnerId, rank: '1' }, { partner_id: p3.partnerId, rank: '2' }]);
      expect(await settlement.settle(id)).toBe(false);
    });
  });

  describe('settle after a crash', () => {
    it('pays nothing when settlement fails halfway, and pays once when it runs again', async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, filter: { productIds: [productId] } }));
      await sale(tokens.p3, 2, productId);
      await processAll();
      await t.sql(`UPDATE challenges SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute' WHERE id = $1`, [id]);
      await t.app.get(ChallengeLifecycleService).runDue();
      // The database refuses the podium event, written after the prizes: the crash comes mid-way.
      await t.sql(`CREATE FUNCTION fail_podium() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash'; END $$`);
      await t.sql(`CREATE TRIGGER fail_podium BEFORE INSERT ON domain_events FOR EACH ROW WHEN (NEW.type = 'CHALLENGE_PODIUM') EXECUTE FUNCTION fail_podium()`);
      const settlement = t.app.get(ChallengeSettlementService);
      try {
        await expect(settlement.settle(id)).rejects.toThrow('crash');
      } finally {
        await t.sql('DROP TRIGGER fail_podium ON domain_events');
        await t.sql('DROP FUNCTION fail_podium()');
      }
      const prizes = () => t.sql(`SELECT amount FROM ledger_entries WHERE kind = 'CHALLENGE_PRIZE' AND source_id = $1`, [id]);
      expect(await prizes()).toEqual([]);
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: brand })).data?.challenge.status).toBe('ENDED');
      expect(await settlement.settle(id)).toBe(true);
      expect(await prizes()).toEqual([{ amount: 500 }]);
    });
  });

  describe('settle an individual challenge by levels', () => {
    it("pays each member who reached a level into their own wallet, and tells them", async () => {
      const { id: productId } = ownProduct();
      const input = challengeInput({ segmentId, kind: 'INDIVIDUAL', prizeMode: 'LEVEL', prizes: [{ threshold: 2, points: 50 }, { threshold: 4, points: 120 }], filter: { productIds: [productId] } });
      const id = await liveChallenge(t, brand, input);
      await sale(tokens.p1member, 4, productId);
      await sale(tokens.p1, 2, productId);
      await sale(tokens.p2, 1, productId);
      await processAll();
      await t.sql(`UPDATE challenges SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute' WHERE id = $1`, [id]);
      const lifecycle = t.app.get(ChallengeLifecycleService);
      await lifecycle.runDue();
      await lifecycle.runDue();
      const paid = await t.sql(
        `SELECT a.owner_type, a.owner_id, e.amount, e.idempotency_key FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
          WHERE e.kind = 'CHALLENGE_PRIZE' AND e.source_id = $1 ORDER BY e.amount DESC`,
        [id],
      );
      expect(paid).toEqual([
        { owner_type: 'USER', owner_id: p1.member.id, amount: 120, idempotency_key: `challenge:${id}:${p1.member.id}` },
        { owner_type: 'USER', owner_id: p1.admin.id, amount: 50, idempotency_key: `challenge:${id}:${p1.admin.id}` },
      ]);
      const told = await t.sql(`SELECT user_id, (params->>'points')::int AS points FROM notifications WHERE kind = 'CHALLENGE_PRIZE_WON' AND link = $1 ORDER BY 2 DESC`, [`/challenges/${id}`]);
      expect(told).toEqual([{ user_id: p1.member.id, points: 120 }, { user_id: p1.admin.id, points: 50 }]);
      const podium = await t.sql(`SELECT user_id, payload->>'rank' AS rank FROM domain_events WHERE type = 'CHALLENGE_PODIUM' AND subject_id = $1 ORDER BY 2`, [id]);
      expect(podium).toEqual([
        { user_id: p1.member.id, rank: '1' },
        { user_id: p1.admin.id, rank: '2' },
        { user_id: p2.admin.id, rank: '3' },
      ]);
    });
  });

  describe('scope', () => {
    it('refuses a channel manager a segment with partners they do not look after, and creates nothing', async () => {
      const outside = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', {
        input: { name: 'North and Provence', criteria: { regions: ['Bretagne', "Provence-Alpes-Côte d'Azur"] } },
      }, { token: brand });
      const before = await challengeCount();
      const result = await t.gql(CHALLENGE_OPS.create, { input: challengeInput({ segmentId: outside.data?.createSegment.id }) }, { token: north });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CHALLENGE_SEGMENT_OUT_OF_SCOPE', field: 'segmentId' });
      expect(await challengeCount()).toBe(before);
    });

    it("limits a channel manager's challenge to their own partners", async () => {
      const id = await liveChallenge(t, north, challengeInput());
      const partners = await t.sql('SELECT DISTINCT p.channel_manager_id FROM challenge_scores s JOIN partners p ON p.id = s.partner_id WHERE s.challenge_id = $1', [id]);
      expect(partners).toEqual([{ channel_manager_id: DEMO_USERS.channelManagerNorth.id }]);
      const south = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: south })).errors?.[0].extensions?.code).toBe('CHALLENGE_NOT_FOUND');
    });

    it('hides a challenge from a partner that does not take part in it', async () => {
      const id = await liveChallenge(t, brand, challengeInput({ segmentId }));
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: tokens.p4 })).errors?.[0].extensions?.code).toBe('CHALLENGE_NOT_FOUND');
      expect((await t.gql(CHALLENGE_OPS.leaderboard, { id }, { token: tokens.p4 })).errors?.[0].extensions?.code).toBe('CHALLENGE_NOT_FOUND');
      const listed = await t.gql(CHALLENGE_OPS.list, {}, { token: tokens.p4 });
      expect(listed.data?.challenges.map((c: { id: string }) => c.id)).not.toContain(id);
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: tokens.p1 })).data?.challenge.id).toBe(id);
    });

    it('keeps drafts from partners', async () => {
      const created = await t.gql(CHALLENGE_OPS.create, { input: challengeInput({ segmentId }) }, { token: brand });
      const id = created.data?.createChallenge.id;
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: tokens.p1 })).errors?.[0].extensions?.code).toBe('CHALLENGE_NOT_FOUND');
    });
  });

  describe('setAnonymous', () => {
    it('hides the name from other participants, not from the participant', async () => {
      const { id: productId } = ownProduct();
      const id = await liveChallenge(t, brand, challengeInput({ segmentId, filter: { productIds: [productId] } }));
      await sale(tokens.p2, 5, productId);
      await processAll();
      const set = await t.gql(CHALLENGE_OPS.anonymity, { id, anonymous: true }, { token: tokens.p2 });
      expect(set.data?.setChallengeAnonymity).toEqual({ challengeId: id, anonymous: true });
      const seenByOther = (await board(id, tokens.p1)).rows[0];
      expect(seenByOther).toMatchObject({ rank: 1, score: 5, anonymous: true, displayName: null, participantId: null });
      const seenBySelf = (await board(id, tokens.p2)).rows[0];
      expect(seenBySelf).toMatchObject({ rank: 1, displayName: 'Thermique Bretagne', isViewer: true });
      expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: tokens.p2 })).data?.challenge.myAnonymity).toBe(true);
      // In a team challenge, the partner's administrator decides for everyone.
      expect((await t.gql(CHALLENGE_OPS.anonymity, { id, anonymous: true }, { token: tokens.p1member })).errors?.[0].extensions?.code).toBe('CHALLENGE_TEAM_ADMIN_ONLY');
    });
  });

  describe('create', () => {
    it.each([
      ['endsAt', 'CHALLENGE_ENDS_BEFORE_START', { endsAt: new Date(Date.now() - 2 * 3_600_000).toISOString() }],
      ['endsAt', 'CHALLENGE_TOO_LONG', { endsAt: new Date(Date.now() + 400 * 86_400_000).toISOString() }],
      ['title.fr', 'INVALID_INPUT', { title: { en: 'Race', fr: '  ' } }],
      ['prizes.1.rank', 'CHALLENGE_PRIZES_INVALID', { prizes: [{ rank: 1, points: 10 }, { rank: 1, points: 5 }] }],
      ['filter', 'CHALLENGE_FILTER_NOT_SALES', { metric: 'FEEDBACK_GIVEN', filter: { category: 'Boilers' } }],
      ['segmentId', 'SEGMENT_NOT_FOUND', { segmentId: '00000000-0000-4000-8000-000000000000' }],
    ])('answers a bad %s with %s and creates nothing', async (field, code, patch) => {
      const before = await challengeCount();
      const result = await t.gql(CHALLENGE_OPS.create, { input: challengeInput(patch) }, { token: brand });
      expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      expect(await challengeCount()).toBe(before);
    });

    it('refuses partner users', async () => {
      const result = await t.gql(CHALLENGE_OPS.create, { input: challengeInput() }, { token: tokens.p1 });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    });

    it('forgets early participations when a scheduled challenge changes who competes', async () => {
      const start = new Date(Date.now() + 86_400_000).toISOString();
      const created = await t.gql(CHALLENGE_OPS.create, { input: challengeInput({ segmentId, startsAt: start }) }, { token: brand });
      const id = created.data?.createChallenge.id;
      await t.gql(CHALLENGE_OPS.publish, { id }, { token: brand });
      expect((await t.gql(CHALLENGE_OPS.anonymity, { id, anonymous: true }, { token: tokens.p1 })).data?.setChallengeAnonymity.anonymous).toBe(true);
      const changed = await t.gql(CHALLENGE_OPS.update, { id, input: challengeInput({ segmentId, startsAt: start, kind: 'INDIVIDUAL' }) }, { token: brand });
      expect(changed.data?.updateChallenge.kind).toBe('INDIVIDUAL');
      expect(await t.sql('SELECT participant_id FROM challenge_scores WHERE challenge_id = $1', [id])).toEqual([]);
    });

    it('changes a live challenge no more', async () => {
      const id = await liveChallenge(t, brand, challengeInput({ segmentId }));
      const result = await t.gql(CHALLENGE_OPS.update, { id, input: challengeInput({ segmentId }) }, { token: brand });
      expect(result.errors?.[0].extensions?.code).toBe('CHALLENGE_NOT_EDITABLE');
    });
  });
});

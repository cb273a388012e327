import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';

const FEEDBACK = `query ($filter: DashboardFilterInput!) { customerFeedback(filter: $filter) {
  from to previousFrom ratings { count average } previousRatings { count average } series { period count average }
  distribution { rating count previousCount } tags { tag count previousCount }
  comments { declarationId rating comment tags partnerId partnerName date } } }`;

// Chauffage Dupont (FR) and Wärmetechnik München (DE) are the north manager's, Clim Provence (FR)
// and Confort Lyonnais (FR) the south manager's.
const dupont = demoPartnerAccounts(1);
const provence = demoPartnerAccounts(4);
const lyon = demoPartnerAccounts(5);
const munich = demoPartnerAccounts(9);
const month = (offset: number, day = 1) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + (day === 0 ? 1 : 0), day)).toISOString().slice(0, 10);
};
// Last month, whose days are all past (a sale date cannot be in the future); its previous period is the month before.
const LAST_MONTH = { from: month(-1), to: month(-1, 0) };
const empty = (period: string) => ({ period, count: 0, average: null });

describe('CustomerFeedbackService', () => {
  let t: TestApp;
  let admin: string;
  const ids: Record<string, string> = {};

  const feedback = async (filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(FEEDBACK, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.customerFeedback;
  };
  const submitted = async (account: { admin: { email: string } }, saleDate: string, feedbackInput: Record<string, unknown>) =>
    declare(t, await t.tokenFor(account.admin.email), declarationInput({ saleDate, lines: [lineInput()], feedback: feedbackInput }));
  const approved = async (name: string, account: { admin: { email: string } }, saleDate: string, feedbackInput: Record<string, unknown>) => {
    const declaration = await submitted(account, saleDate, feedbackInput);
    const result = await t.gql(OPS.approve, { id: declaration.id }, { token: admin });
    expect(result.data?.approveDeclaration.status).toBe('APPROVED');
    ids[name] = declaration.id;
  };
  const process = () => t.app.get(ActivityProcessor).processPending();

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    // Last month, approved: ratings 5, 4, 2 and 5; the tags quiet ×2, fast, price; two comments.
    await approved('great', dupont, month(-1, 10), { rating: 5, comment: 'Great install', tags: ['quiet', 'fast'] });
    await approved('good', provence, month(-1, 12), { rating: 4, comment: 'Good', tags: ['quiet'] });
    await approved('noisy', munich, month(-1, 3), { rating: 2, tags: ['price'] });
    await approved('silent', dupont, month(-1, 5), { rating: 5 });
    // Approved then reversed, still to decide, rejected: none of them counts.
    await approved('reversed', dupont, month(-1, 20), { rating: 1, comment: 'Bad', tags: ['price'] });
    await submitted(provence, month(-1, 21), { rating: 1, comment: 'Still waiting', tags: ['late'] });
    const rejected = await submitted(lyon, month(-1, 22), { rating: 3, comment: 'Rejected one', tags: ['late'] });
    await t.gql(OPS.decide, { id: rejected.id, input: { lines: [{ lineId: rejected.lines[0].id, decision: 'REJECT', reasonCode: 'OTHER', message: 'No' }] } }, { token: admin });
    // The month before (the previous period): ratings 3 and 4; quiet once, price once (given twice on one declaration).
    await approved('okay', munich, month(-2, 15), { rating: 3, comment: 'Okay', tags: ['quiet'] });
    await approved('twice', provence, month(-2, 16), { rating: 4, tags: ['price', 'price'] });
    await process();
    const reversed = await t.gql(OPS.reverse, { id: ids.reversed, reason: 'Invoice cancelled' }, { token: admin });
    expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
    await process();
    // Some forty GraphQL calls and sign-ins: longer than the 30 s default on a loaded machine.
  }, 120_000);
  afterAll(() => t.close());

  describe('customerFeedback', () => {
    it('averages the ratings of the approved declarations against the previous period, with their distribution', async () => {
      const result = await feedback(LAST_MONTH);
      expect(result).toMatchObject({ from: month(-1), to: month(-1, 0), previousFrom: month(-2) });
      expect(result.ratings).toEqual({ count: 4, average: 4 });
      expect(result.previousRatings).toEqual({ count: 2, average: 3.5 });
      expect(result.distribution).toEqual([
        { rating: 5, count: 2, previousCount: 0 },
        { rating: 4, count: 1, previousCount: 1 },
        { rating: 3, count: 0, previousCount: 1 },
        { rating: 2, count: 1, previousCount: 0 },
        { rating: 1, count: 0, previousCount: 0 },
      ]);
    });

    it('gives every month of the period its count and average', async () => {
      const result = await feedback({ from: month(-2), to: month(0, 0) });
      expect(result.series).toEqual([{ period: month(-2), count: 2, average: 3.5 }, { period: month(-1), count: 4, average: 4 }, empty(month(0))]);
      expect(result.ratings).toEqual({ count: 6, average: 3.83 });
      expect(result.previousRatings).toEqual({ count: 0, average: null });
    });

    it('counts the most frequent tags once a declaration, beside the previous period', async () => {
      expect((await feedback(LAST_MONTH)).tags).toEqual([
        { tag: 'quiet', count: 2, previousCount: 1 },
        { tag: 'fast', count: 1, previousCount: 0 },
        { tag: 'price', count: 1, previousCount: 1 },
      ]);
    });

    it('lists the latest comments of the period by day of sale, with their partner', async () => {
      expect((await feedback(LAST_MONTH)).comments).toEqual([
        { declarationId: ids.good, rating: 4, comment: 'Good', tags: ['quiet'], partnerId: provence.partnerId, partnerName: 'Clim Provence', date: month(-1, 12) },
        { declarationId: ids.great, rating: 5, comment: 'Great install', tags: ['quiet', 'fast'], partnerId: dupont.partnerId, partnerName: 'Chauffage Dupont', date: month(-1, 10) },
      ]);
    });

    it('looks back over the months of the period for the latest comments, even when the rollup counts more than are left', async () => {
      const twoMonths = { from: month(-2), to: month(-1, 0) };
      const expected = [ids.good, ids.great, ids.okay];
      expect((await feedback(twoMonths)).comments.map((c: { declarationId: string }) => c.declarationId)).toEqual(expected);
      // As if comments counted last month had been erased since: the rollup says twenty-five, the declarations hold two.
      const counted = await t.sql<{ comments: number }>('SELECT sum(comments)::int AS comments FROM feedback_slices WHERE month = $1', [month(-1)]);
      expect(counted[0].comments).toBe(2);
      await t.sql('UPDATE feedback_slices SET comments = comments + 23 WHERE month = $1 AND comments > 0 AND country = $2', [month(-1), 'FR']);
      expect((await feedback(twoMonths)).comments.map((c: { declarationId: string }) => c.declarationId)).toEqual(expected);
      await t.sql('UPDATE feedback_slices SET comments = comments - 23 WHERE month = $1 AND comments > 23 AND country = $2', [month(-1), 'FR']);
    });

    it('narrows to a country, a channel manager or a segment', async () => {
      const germany = await feedback({ ...LAST_MONTH, country: 'DE' });
      expect(germany).toMatchObject({ ratings: { count: 1, average: 2 }, previousRatings: { count: 1, average: 3 }, comments: [] });
      expect(germany.tags).toEqual([{ tag: 'price', count: 1, previousCount: 0 }]);
      const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Resellers', criteria: { types: ['RESELLER'] } } }, { token: admin });
      const resellers = await feedback({ ...LAST_MONTH, segmentId: created.data?.createSegment.id });
      expect(resellers).toMatchObject({ ratings: { count: 1, average: 4 }, previousRatings: { count: 1, average: 4 } });
      expect(resellers.tags).toEqual([{ tag: 'quiet', count: 1, previousCount: 0 }]);
      expect(resellers.comments.map((c: { declarationId: string }) => c.declarationId)).toEqual([ids.good]);
    });

    it("shows a channel manager only their partners' feedback and comments, and follows a reassignment", async () => {
      const [north, south] = await Promise.all([t.tokenFor(DEMO_USERS.channelManagerNorth.email), t.tokenFor(DEMO_USERS.channelManagerSouth.email)]);
      const northern = await feedback(LAST_MONTH, north);
      expect(northern).toMatchObject({ ratings: { count: 3, average: 4 }, previousRatings: { count: 1, average: 3 } });
      expect(northern.comments.map((c: { declarationId: string }) => c.declarationId)).toEqual([ids.great]);
      const southern = await feedback(LAST_MONTH, south);
      expect(southern).toMatchObject({ ratings: { count: 1, average: 4 }, tags: [{ tag: 'quiet', count: 1, previousCount: 0 }] });
      expect(southern.comments.map((c: { declarationId: string }) => c.declarationId)).toEqual([ids.good]);
      expect((await feedback({ ...LAST_MONTH, channelManagerId: DEMO_USERS.channelManagerNorth.id }, south)).ratings).toEqual({ count: 0, average: null });
      // München moves to the south manager: its feedback goes with it.
      const moved = await t.gql('mutation ($p: ID!, $m: ID) { assignChannelManager(partnerId: $p, channelManagerId: $m) { id } }', { p: munich.partnerId, m: DEMO_USERS.channelManagerSouth.id }, { token: admin });
      expect(moved.errors).toBeUndefined();
      expect((await feedback(LAST_MONTH, south)).ratings).toEqual({ count: 2, average: 3 });
      expect((await feedback(LAST_MONTH, north)).ratings).toEqual({ count: 2, average: 5 });
      expect((await feedback(LAST_MONTH, south)).tags).toEqual([{ tag: 'price', count: 1, previousCount: 1 }, { tag: 'quiet', count: 1, previousCount: 1 }]);
    });

    it('answers field errors for a bad filter and refuses partner users', async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [{ from: month(-1, 2), to: month(-1, 0) }, 'DASHBOARD_PERIOD_NOT_MONTHS', 'from'],
        [{ from: month(-1), to: month(-2, 0) }, 'DASHBOARD_PERIOD_REVERSED', 'to'],
        [{ ...LAST_MONTH, country: 'germany' }, 'INVALID_INPUT', 'country'],
      ];
      for (const [filter, code, field] of cases) {
        const result = await t.gql(FEEDBACK, { filter }, { token: admin });
        expect(result.errors?.[0].extensions).toMatchObject({ code, field });
      }
      for (const email of [dupont.admin.email, dupont.member.email]) {
        const partner = await t.gql(FEEDBACK, { filter: LAST_MONTH }, { token: await t.tokenFor(email) });
        expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
        expect(partner.data).toBeNull();
      }
    });
  });
});

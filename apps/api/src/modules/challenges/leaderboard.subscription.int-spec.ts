import { approvedSale, challengeInput, liveChallenge } from '../../../test/support/challenges';
import { ACTIVE_PRODUCTS } from '../../../test/support/declarations';
import { socketClient, subscribe, untilListening } from '../../../test/support/subscriptions';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ActivityProcessor } from '../activity/activity-processor';
import { leaderboardChannel } from './challenge-scores.listener';

const [p1, p2, p4] = [1, 2, 4].map(demoPartnerAccounts);
const CHANGED = 'subscription ($id: ID!) { leaderboardChanged(challengeId: $id) { challengeId } }';

describe('LeaderboardSubscriptionResolver', () => {
  let t: TestApp;
  let brand: string;
  let challengeId: string;
  const productId = ACTIVE_PRODUCTS[3].id;

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000', CHALLENGES_POLL_MS: '3600000' });
    brand = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    const segment = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', {
      input: { name: 'Live board regions', criteria: { regions: ['Île-de-France', 'Bretagne'] } },
    }, { token: brand });
    challengeId = await liveChallenge(t, brand, challengeInput({ segmentId: segment.data?.createSegment.id, filter: { productIds: [productId] } }));
  });
  afterAll(() => t.close());

  describe('leaderboardChanged', () => {
    it("tells a watching participant when another partner's approved sale moves the board", async () => {
      const live = subscribe(socketClient(t, await t.tokenFor(p1.admin.email)), CHANGED, { id: challengeId });
      try {
        await untilListening(t, leaderboardChannel(challengeId));
        await approvedSale(t, await t.tokenFor(p2.admin.email), brand, 3, productId);
        await t.app.get(ActivityProcessor).processPending();
        const first = await live.next();
        expect(first.errors).toBeUndefined();
        expect(first.data?.leaderboardChanged).toEqual({ challengeId });
      } finally {
        await live.close();
      }
    });

    it('refuses a partner that does not take part', async () => {
      const live = subscribe(socketClient(t, await t.tokenFor(p4.admin.email)), CHANGED, { id: challengeId });
      try {
        const first = await live.next();
        expect(first.errors?.[0].extensions?.code).toBe('CHALLENGE_NOT_FOUND');
      } finally {
        await live.close();
      }
    });
  });
});

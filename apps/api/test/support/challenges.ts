import { ChallengeLifecycleService } from '../../src/modules/challenges/challenge-lifecycle.service';
import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, OPS } from './declarations';
import { TestApp } from './test-app';

/** Shared by the challenge specs: operations, a valid input, and a challenge brought live. */
export const CHALLENGE_FIELDS = 'id status kind metric leagueBy managerId segmentId title { en fr } prizes { rank threshold points } myAnonymity';
const ROW = 'rank participantId displayName partnerName score anonymous isViewer';

export const CHALLENGE_OPS = {
  create: `mutation ($input: ChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`,
  update: `mutation ($id: ID!, $input: ChallengeInput!) { updateChallenge(id: $id, input: $input) { ${CHALLENGE_FIELDS} } }`,
  publish: `mutation ($id: ID!) { publishChallenge(id: $id) { ${CHALLENGE_FIELDS} } }`,
  get: `query ($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} } }`,
  list: `query ($statuses: [ChallengeStatus!]) { challenges(statuses: $statuses) { id status } }`,
  leaderboard: `query ($id: ID!, $league: String, $page: PageInput) { challengeLeaderboard(challengeId: $id, league: $league, page: $page) {
    challengeId league leagues total rows { ${ROW} } viewer { gapToNext row { ${ROW} } } } }`,
  anonymity: `mutation ($id: ID!, $anonymous: Boolean!) { setChallengeAnonymity(challengeId: $id, anonymous: $anonymous) { challengeId anonymous } }`,
};

const HOUR = 3_600_000;

export const challengeInput = (patch: Record<string, unknown> = {}) => ({
  title: { en: 'Spring heat pump race', fr: 'Course des pompes à chaleur' },
  rules: { en: 'Sell the most units.', fr: 'Vendez le plus d’unités.' },
  metric: 'UNITS_SOLD',
  kind: 'TEAM',
  startsAt: new Date(Date.now() - HOUR).toISOString(),
  endsAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
  prizeMode: 'RANK',
  prizes: [
    { rank: 1, points: 500 },
    { rank: 2, points: 200 },
  ],
  leagueBy: 'NONE',
  ...patch,
});

/** Creates, publishes and brings a challenge live (its start is already past). */
export async function liveChallenge(t: TestApp, token: string, input: Record<string, unknown> = challengeInput()): Promise<string> {
  const created = await t.gql(CHALLENGE_OPS.create, { input }, { token });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createChallenge.id as string;
  const published = await t.gql(CHALLENGE_OPS.publish, { id }, { token });
  if (!published.data) throw new Error(JSON.stringify(published.errors));
  await t.app.get(ChallengeLifecycleService).runDue();
  return id;
}

/** A declaration of `quantity` units by the user of `token`, approved by the brand. */
export async function approvedSale(t: TestApp, token: string, brandToken: string, quantity: number, productId = ACTIVE_PRODUCTS[0].id): Promise<void> {
  const declaration = await declare(t, token, declarationInput({ lines: [lineInput({ productId, quantity })] }));
  const approved = await t.gql(OPS.approve, { id: declaration.id }, { token: brandToken });
  if (!approved.data) throw new Error(JSON.stringify(approved.errors));
}

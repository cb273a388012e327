import { CHALLENGE_OPS, challengeInput, liveChallenge } from '../../../test/support/challenges';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { ChallengeLifecycleService } from '../challenges/challenge-lifecycle.service';

const FIGURES = 'challenges partners activePartners participationRate pointsPaid';
const RESULTS = `query ($filter: DashboardFilterInput!) { challengeResults(filter: $filter) {
  from to previousFrom totals { ${FIGURES} } previousTotals { ${FIGURES} }
  challenges { id title { en fr } kind status startsAt endsAt settledAt participants activeParticipants pointsPaid
    podium { rank participantId displayName partnerName score } } } }`;

// Chauffage Dupont (FR, north), Clim Provence (FR, south), Wärmetechnik München (DE, north), Termoidraulica Milano (IT, south).
const dupont = demoPartnerAccounts(1);
const provence = demoPartnerAccounts(4);
const munich = demoPartnerAccounts(9);
const milano = demoPartnerAccounts(14);

/** An instant `offset` months from this one (UTC), on `day` at `hour`. */
const at = (offset: number, day: number, hour = 0) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, day, hour));
};
const day = (date: Date) => date.toISOString().slice(0, 10);
// The period: last month and this one; the previous period: the two months before.
const PERIOD = { from: day(at(-1, 1)), to: day(at(1, 0)) };

describe('ChallengeResultsService', () => {
  let t: TestApp;
  let admin: string;
  let north: string;
  let counts: { partners: number; north: number; south: number; users: number; northUsers: number };
  // Live now, brand-wide (team); settled in the previous period (team); settled last month (individual); live now, the south manager's.
  let race: string;
  let winter: string;
  let sprint: string;
  let southern: string;

  const results = async (filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(RESULTS, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.challengeResults;
  };
  const score = (challengeId: string, participantId: string, value: number, reachedAt: Date) =>
    t.sql('UPDATE challenge_scores SET score = $3, reached_at = $4 WHERE challenge_id = $1 AND participant_id = $2', [challengeId, participantId, value, reachedAt]);
  const endedBetween = (id: string, startsAt: Date, endsAt: Date) => t.sql(`UPDATE challenges SET starts_at = $2, ends_at = $3, status = 'ENDED' WHERE id = $1`, [id, startsAt, endsAt]);

  beforeAll(async () => {
    // The activity worker stays idle: scores are set here, not earned.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    const south = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
    [admin, north] = await Promise.all([t.tokenFor(DEMO_USERS.brandAdmin.email), t.tokenFor(DEMO_USERS.channelManagerNorth.email)]);
    await t.sql('UPDATE partners SET created_at = $1', [at(-12, 1)]);
    const [row] = await t.sql<{ partners: number; north: number; south: number; users: number; north_users: number }>(
      `SELECT (SELECT count(*) FROM partners)::int AS partners, (SELECT count(*) FROM partners WHERE channel_manager_id = $1)::int AS north,
              (SELECT count(*) FROM partners WHERE channel_manager_id = $2)::int AS south, (SELECT count(*) FROM users WHERE partner_id IS NOT NULL)::int AS users,
              (SELECT count(*) FROM users u JOIN partners p ON p.id = u.partner_id WHERE p.channel_manager_id = $1)::int AS north_users`,
      [DEMO_USERS.channelManagerNorth.id, DEMO_USERS.channelManagerSouth.id],
    );
    counts = { partners: row.partners, north: row.north, south: row.south, users: row.users, northUsers: row.north_users };

    race = await liveChallenge(t, admin, challengeInput({ title: { en: 'Heat pump race', fr: 'Course des PAC' } }));
    winter = await liveChallenge(t, admin, challengeInput({ title: { en: 'Winter cup', fr: "Coupe d'hiver" } }));
    sprint = await liveChallenge(t, admin, challengeInput({ title: { en: 'Sprint', fr: 'Sprint' }, kind: 'INDIVIDUAL', prizes: [{ rank: 1, points: 300 }] }));
    southern = await liveChallenge(t, south, challengeInput({ title: { en: 'South only', fr: 'Le sud' } }));
    // A draft never ran: it is not a result.
    await t.gql(CHALLENGE_OPS.create, { input: challengeInput({ title: { en: 'Draft', fr: 'Brouillon' } }) }, { token: admin });

    // Dupont reached 30 before München; a tie goes to who got there first.
    await score(race, dupont.partnerId, 30, at(0, 1, 8));
    await score(race, munich.partnerId, 30, at(0, 1, 9));
    await score(race, provence.partnerId, 10, at(0, 1, 9));
    await score(winter, provence.partnerId, 50, at(-3, 10));
    await score(winter, dupont.partnerId, 20, at(-3, 10));
    await score(winter, milano.partnerId, 5, at(-3, 10));
    await score(sprint, dupont.admin.id, 40, at(-1, 10));
    await score(sprint, provence.admin.id, 15, at(-1, 10));
    await endedBetween(winter, at(-3, 2), at(-2, 20));
    await endedBetween(sprint, at(-1, 5), at(-1, 25));
    // Settles both: winter pays Provence 500 and Dupont 200, sprint pays Julien Dupont 300.
    expect(await t.app.get(ChallengeLifecycleService).runDue()).toBe(2);
  });

  afterAll(() => t?.close());

  it('lists the challenges that ran in the period with their participants, podium and prizes, and both periods\' totals', async () => {
    const result = await results(PERIOD);
    expect(result).toMatchObject({ from: PERIOD.from, to: PERIOD.to, previousFrom: day(at(-3, 1)) });
    expect(result.totals).toEqual({ challenges: 3, partners: counts.partners, activePartners: 3, participationRate: 3 / counts.partners, pointsPaid: 300 });
    expect(result.previousTotals).toEqual({ challenges: 1, partners: counts.partners, activePartners: 3, participationRate: 3 / counts.partners, pointsPaid: 700 });
    const [south, first, second] = result.challenges;
    expect(result.challenges.map((c: { id: string }) => c.id)).toEqual([southern, race, sprint]);
    expect(south).toMatchObject({ kind: 'TEAM', status: 'LIVE', settledAt: null, participants: counts.south, activeParticipants: 0, pointsPaid: 0, podium: [] });
    expect(first).toMatchObject({ title: { en: 'Heat pump race', fr: 'Course des PAC' }, kind: 'TEAM', status: 'LIVE', participants: counts.partners, activeParticipants: 3, pointsPaid: 0 });
    expect(first.podium).toEqual([
      { rank: 1, participantId: dupont.partnerId, displayName: 'Chauffage Dupont', partnerName: null, score: 30 },
      { rank: 2, participantId: munich.partnerId, displayName: 'Wärmetechnik München', partnerName: null, score: 30 },
      { rank: 3, participantId: provence.partnerId, displayName: 'Clim Provence', partnerName: null, score: 10 },
    ]);
    expect(second).toMatchObject({ kind: 'INDIVIDUAL', status: 'SETTLED', startsAt: at(-1, 5).toISOString(), endsAt: at(-1, 25).toISOString(), participants: counts.users, activeParticipants: 2, pointsPaid: 300 });
    expect(second.settledAt).not.toBeNull();
    expect(second.podium).toEqual([
      { rank: 1, participantId: dupont.admin.id, displayName: 'Julien Dupont', partnerName: 'Chauffage Dupont', score: 40 },
      { rank: 2, participantId: provence.admin.id, displayName: 'Nadia Benali', partnerName: 'Clim Provence', score: 15 },
    ]);
  });

  it("counts only the channel manager's partners and leaves out another manager's challenge", async () => {
    const mine = await results(PERIOD, north);
    expect(await results({ ...PERIOD, channelManagerId: DEMO_USERS.channelManagerNorth.id })).toEqual(mine);
    expect(mine.totals).toEqual({ challenges: 2, partners: counts.north, activePartners: 2, participationRate: 2 / counts.north, pointsPaid: 300 });
    expect(mine.previousTotals).toEqual({ challenges: 1, partners: counts.north, activePartners: 1, participationRate: 1 / counts.north, pointsPaid: 200 });
    expect(mine.challenges.map((c: { id: string; participants: number; activeParticipants: number; pointsPaid: number; podium: { displayName: string }[] }) => [c.id, c.participants, c.activeParticipants, c.pointsPaid, c.podium.map((p) => p.displayName)])).toEqual([
      [race, counts.north, 2, 0, ['Chauffage Dupont', 'Wärmetechnik München']],
      [sprint, counts.northUsers, 1, 300, ['Julien Dupont']],
    ]);
  });

  it('moves a partner\'s participants along when it changes channel manager', async () => {
    await t.sql('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [munich.partnerId, DEMO_USERS.channelManagerSouth.id]);
    const mine = await results(PERIOD, north);
    expect(mine.challenges.map((c: { participants: number; activeParticipants: number }) => [c.participants, c.activeParticipants])).toEqual([
      [counts.north - 1, 1],
      [counts.northUsers - 2, 1],
    ]);
    expect(mine.totals).toMatchObject({ partners: counts.north - 1, activePartners: 1 });
    await t.sql('UPDATE partners SET channel_manager_id = $2 WHERE id = $1', [munich.partnerId, DEMO_USERS.channelManagerNorth.id]);
    expect((await results(PERIOD, north)).challenges[0]).toMatchObject({ participants: counts.north, activeParticipants: 2 });
  });

  it('follows the country and segment filters', async () => {
    const germany = await results({ ...PERIOD, country: 'DE' });
    expect(germany.totals).toMatchObject({ activePartners: 1, pointsPaid: 0 });
    expect(germany.challenges[1].podium.map((p: { rank: number; displayName: string }) => [p.rank, p.displayName])).toEqual([[1, 'Wärmetechnik München']]);
    const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Italy', criteria: { countries: ['IT'] } } }, { token: admin });
    const italy = await results({ ...PERIOD, segmentId: created.data?.createSegment.id });
    expect(italy.totals).toMatchObject({ activePartners: 0, pointsPaid: 0 });
    expect(italy.previousTotals).toMatchObject({ challenges: 1, activePartners: 1, pointsPaid: 0 });
  });

  it('refuses partner users and a period longer than 24 months, naming the field', async () => {
    const partner = await t.gql(RESULTS, { filter: PERIOD }, { token: await t.tokenFor(dupont.admin.email) });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    const tooLong = await t.gql(RESULTS, { filter: { ...PERIOD, from: day(at(-30, 1)) } }, { token: admin });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'DASHBOARD_PERIOD_TOO_LONG', field: 'to' });
  });
});

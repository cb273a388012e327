import { DataSource } from 'typeorm';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { StagesService } from '../stages/stages.service';

const STEP = 'stage reached previousReached reachedInPeriod previousReachedInPeriod conversion previousConversion medianSecondsFromPrevious previousMedianSecondsFromPrevious';
const FUNNEL = `query ($filter: DashboardFilterInput!) { stageFunnelOverview(filter: $filter) {
  from to previousFrom partners previousPartners joinedInPeriod previousJoinedInPeriod steps { ${STEP} } } }`;

// Chauffage Dupont (FR, north), Clim Provence (FR, south), Wärmetechnik München (DE, north), Termoidraulica Milano (IT, south).
const dupont = demoPartnerAccounts(1).partnerId;
const provence = demoPartnerAccounts(4).partnerId;
const munich = demoPartnerAccounts(9).partnerId;
const milano = demoPartnerAccounts(14).partnerId;

/** An instant `offset` months from this one (UTC), on `day` at `hour`. */
const at = (offset: number, day: number, hour = 0) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, day, hour));
};
const day = (date: Date) => date.toISOString().slice(0, 10);
// The period: last month and this one; the previous period: the two months before.
const PERIOD = { from: day(at(-1, 1)), to: day(at(1, 0)) };
const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

describe('StageFunnelService', () => {
  let t: TestApp;
  let admin: string;
  let north: string;
  // When München completed all four stages through StageEvaluation.
  let munichDone: Date;
  let all: number;
  let northPartners: number;

  const funnel = async (filter: Record<string, unknown>, token = admin) => {
    const result = await t.gql(FUNNEL, { filter }, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.stageFunnelOverview;
  };
  const complete = (partnerId: string, stage: string, completedAt: Date) =>
    t.sql('INSERT INTO stage_completions (partner_id, stage, completed_at) VALUES ($1, $2, $3)', [partnerId, stage, completedAt]);

  beforeAll(async () => {
    // The activity worker stays idle: it would complete stages on its own.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    [admin, north] = await Promise.all([t.tokenFor(DEMO_USERS.brandAdmin.email), t.tokenFor(DEMO_USERS.channelManagerNorth.email)]);
    // The network joined a year ago; Dupont four months ago, Provence three, München last month.
    await t.sql('UPDATE partners SET created_at = $1', [at(-12, 1)]);
    await t.sql('UPDATE partners SET created_at = $2 WHERE id = $1', [dupont, at(-4, 1)]);
    await t.sql('UPDATE partners SET created_at = $2 WHERE id = $1', [provence, at(-3, 1)]);
    await t.sql('UPDATE partners SET created_at = $2 WHERE id = $1', [munich, at(-1, 1)]);
    const [counts] = await t.sql<{ all: number; north: number }>('SELECT count(*)::int AS all, count(*) FILTER (WHERE channel_manager_id = $1)::int AS north FROM partners', [DEMO_USERS.channelManagerNorth.id]);
    [all, northPartners] = [counts.all, counts.north];

    // Written as they happened (the trigger keeps partner_stage_dates from these rows).
    await complete(dupont, 'INTEGRATION', at(-3, 5, 10));
    await complete(dupont, 'ENABLEMENT', at(-2, 10, 10));
    await complete(dupont, 'MOTIVATION', at(-1, 3, 10));
    await complete(provence, 'INTEGRATION', at(-3, 11, 10));
    await complete(provence, 'ENABLEMENT', at(-1, 20, 10));
    await complete(milano, 'INTEGRATION', at(-2, 15, 10));
    // Without criteria every stage is met: München completes the four through StageEvaluation, now.
    await t.sql('DELETE FROM stage_criteria');
    const stages = t.app.get(StagesService);
    const done = await t.app.get(DataSource).transaction((manager) => stages.evaluate(manager, [munich]));
    expect(done.map((d) => d.stage).sort()).toEqual(['ENABLEMENT', 'GROWTH', 'INTEGRATION', 'MOTIVATION']);
    const [row] = await t.sql<{ completed_at: Date }>(`SELECT completed_at FROM stage_completions WHERE partner_id = $1 AND stage = 'GROWTH'`, [munich]);
    munichDone = row.completed_at;
  });

  afterAll(() => t?.close());

  it('counts each stage reached at the end of both periods and during them, the conversions and the median times', async () => {
    const result = await funnel(PERIOD);
    expect(result).toMatchObject({ from: PERIOD.from, to: PERIOD.to, previousFrom: day(at(-3, 1)), partners: all, previousPartners: all - 1, joinedInPeriod: 1, previousJoinedInPeriod: 1 });
    expect(result.steps).toEqual([
      {
        stage: 'INTEGRATION',
        reached: 4,
        previousReached: 3,
        reachedInPeriod: 1,
        previousReachedInPeriod: 3,
        conversion: 4 / all,
        previousConversion: 3 / (all - 1),
        medianSecondsFromPrevious: seconds(at(-1, 1), munichDone),
        // Dupont 1 month 4 days 10 h after joining, Provence 10 days 10 h, Milano 10 months and a half.
        previousMedianSecondsFromPrevious: median([seconds(at(-4, 1), at(-3, 5, 10)), seconds(at(-3, 1), at(-3, 11, 10)), seconds(at(-12, 1), at(-2, 15, 10))]),
      },
      {
        stage: 'ENABLEMENT',
        reached: 3,
        previousReached: 1,
        reachedInPeriod: 2,
        previousReachedInPeriod: 1,
        conversion: 3 / 4,
        previousConversion: 1 / 3,
        medianSecondsFromPrevious: median([seconds(at(-3, 11, 10), at(-1, 20, 10)), 0]),
        previousMedianSecondsFromPrevious: seconds(at(-3, 5, 10), at(-2, 10, 10)),
      },
      {
        stage: 'MOTIVATION',
        reached: 2,
        previousReached: 0,
        reachedInPeriod: 2,
        previousReachedInPeriod: 0,
        conversion: 2 / 3,
        previousConversion: 0,
        medianSecondsFromPrevious: median([seconds(at(-2, 10, 10), at(-1, 3, 10)), 0]),
        previousMedianSecondsFromPrevious: null,
      },
      {
        stage: 'GROWTH',
        reached: 1,
        previousReached: 0,
        reachedInPeriod: 1,
        previousReachedInPeriod: 0,
        conversion: 1 / 2,
        previousConversion: null,
        medianSecondsFromPrevious: 0,
        previousMedianSecondsFromPrevious: null,
      },
    ]);
  });

  it('counts only the channel manager\'s partners, for them and for a brand admin filtering on them, and follows the country filter', async () => {
    const mine = await funnel(PERIOD, north);
    expect(await funnel({ ...PERIOD, channelManagerId: DEMO_USERS.channelManagerNorth.id })).toEqual(mine);
    // Dupont and München are the north's; Provence and Milano the south's.
    expect(mine).toMatchObject({ partners: northPartners, previousPartners: northPartners - 1, joinedInPeriod: 1, previousJoinedInPeriod: 0 });
    expect(mine.steps.map((s: { reached: number; previousReached: number; reachedInPeriod: number; previousReachedInPeriod: number }) => [s.reached, s.previousReached, s.reachedInPeriod, s.previousReachedInPeriod])).toEqual([
      [2, 1, 1, 1],
      [2, 1, 1, 1],
      [2, 0, 2, 0],
      [1, 0, 1, 0],
    ]);
    expect(mine.steps[0].previousMedianSecondsFromPrevious).toBe(seconds(at(-4, 1), at(-3, 5, 10)));
    const germany = await funnel({ ...PERIOD, country: 'DE' });
    expect(germany.steps.map((s: { reached: number }) => s.reached)).toEqual([1, 1, 1, 1]);
  });

  it('follows a segment of partners', async () => {
    const created = await t.gql('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', { input: { name: 'Italy', criteria: { countries: ['IT'] } } }, { token: admin });
    const italy = await funnel({ ...PERIOD, segmentId: created.data?.createSegment.id });
    expect(italy.steps.map((s: { reached: number; previousReached: number }) => [s.reached, s.previousReached])).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('keeps the rollup when a completion goes away, and a new partner in it from the start', async () => {
    await t.sql('DELETE FROM stage_completions WHERE partner_id = $1 AND stage = $2', [milano, 'INTEGRATION']);
    expect(await t.sql('SELECT integration_at FROM partner_stage_dates WHERE partner_id = $1', [milano])).toEqual([{ integration_at: null }]);
    const [dupontDates] = await t.sql<{ motivation_at: Date }>('SELECT motivation_at FROM partner_stage_dates WHERE partner_id = $1', [dupont]);
    expect(dupontDates.motivation_at).toEqual(at(-1, 3, 10));
    await complete(milano, 'INTEGRATION', at(-2, 15, 10));
    const [joined] = await t.sql<{ joined_at: Date }>('SELECT joined_at FROM partner_stage_dates WHERE partner_id = $1', [munich]);
    expect(joined.joined_at).toEqual(at(-1, 1));
  });

  it('refuses partner users and a filter that is not whole months, naming the field', async () => {
    const partner = await t.gql(FUNNEL, { filter: PERIOD }, { token: await t.tokenFor(demoPartnerAccounts(1).admin.email) });
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN_ROLE');
    const notMonths = await t.gql(FUNNEL, { filter: { ...PERIOD, from: day(at(-1, 2)) } }, { token: admin });
    expect(notMonths.errors?.[0].extensions).toMatchObject({ code: 'DASHBOARD_PERIOD_NOT_MONTHS', field: 'from' });
    const country = await t.gql(FUNNEL, { filter: { ...PERIOD, country: 'France' } }, { token: admin });
    expect(country.errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'country' });
  });
});

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

const STAGES = 'query ($filter: DashboardFilterInput!) { stageFunnelOverview(filter: $filter) { steps { stage reached } } }';
const RESULTS = 'query ($filter: DashboardFilterInput!) { challengeResults(filter: $filter) { challenges { id title { en } participants } } }';

interface Results {
  challengeResults: { challenges: { id: string; title: { en: string }; participants: number }[] };
}

/** The page's default period: the last twelve months, this one included. */
function lastTwelveMonths() {
  const now = new Date();
  const day = (months: number, date: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, date)).toISOString().slice(0, 10);
  return { from: day(-11, 1), to: day(1, 0) };
}

const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

describe('The stage funnel and challenge results in the back-office dashboards', () => {
  it('shows a brand admin on a phone the stages reached and a live challenge with its participants, as the API counts them', async () => {
    const admin = await apiToken(DEMO.brandAdmin);
    const suffix = Date.now().toString(36).toUpperCase();
    const input = {
      title: { en: `E2E dashboard race ${suffix}`, fr: `Course tableau de bord E2E ${suffix}` },
      rules: { en: 'Sell the most units.', fr: 'Vendez le plus d’unités.' },
      metric: 'UNITS_SOLD',
      kind: 'TEAM',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      prizeMode: 'RANK',
      prizes: [{ rank: 1, points: 100 }],
      leagueBy: 'NONE',
    };
    const { createChallenge } = await graphql<{ createChallenge: { id: string } }>('mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id } }', { input }, admin);
    await graphql('mutation ($id: ID!) { publishChallenge(id: $id) { id } }', { id: createChallenge.id }, admin);
    // The lifecycle job (every second here) brings it live with every eligible partner as a participant.
    const filter = { filter: lastTwelveMonths() };
    let live: Results['challengeResults']['challenges'][number] | undefined;
    for (const deadline = Date.now() + 30_000; !live; await new Promise((resolve) => setTimeout(resolve, 300))) {
      if (Date.now() > deadline) throw new Error('Timed out waiting for the challenge to go live');
      live = (await graphql<Results>(RESULTS, filter, admin)).challengeResults.challenges.find((c) => c.id === createChallenge.id);
    }
    expect(live.participants).toBeGreaterThan(0);
    const { stageFunnelOverview } = await graphql<{ stageFunnelOverview: { steps: { stage: string; reached: number }[] } }>(STAGES, filter, admin);

    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/dashboards'));
    await page.getByRole('heading', { level: 2, name: either('dashboards.stages.title') }).waitFor();
    // At 390 px the cells show their column's name before the value: rows are found by their text.
    const stages = page.getByRole('table', { name: either('dashboards.stages.table') });
    const integration = stages.getByRole('row').filter({ hasText: either('progression.stage.INTEGRATION', { exact: false }) });
    await integration.waitFor();
    expect(digits(await integration.getByRole('cell').nth(1).textContent())).toBe(String(stageFunnelOverview.steps[0].reached));

    await page.getByRole('heading', { level: 2, name: either('dashboards.challengeResults.title') }).waitFor();
    const challenges = page.getByRole('table', { name: either('dashboards.challengeResults.table') });
    const race = challenges.getByRole('row').filter({ hasText: new RegExp(suffix) });
    await race.waitFor();
    expect(digits(await race.getByRole('cell').nth(4).textContent())).toBe(String(live.participants));
    await expectAccessible(page, 'The stage funnel and challenge results on a phone');
  });
});

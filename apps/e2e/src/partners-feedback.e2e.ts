import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

// Heat Pumps London is used by this test only.
const PARTNER = 'james.smith@heat-pumps-london.demo';
const TOP = 'query ($filter: DashboardFilterInput!) { topPartners(filter: $filter) { top { name amount } } }';
const FEEDBACK = 'query ($filter: DashboardFilterInput!) { customerFeedback(filter: $filter) { ratings { count } comments { comment } } }';

/** The page's default period: the last twelve months, this one included. */
function lastTwelveMonths() {
  const now = new Date();
  const day = (months: number, date: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, date)).toISOString().slice(0, 10);
  return { from: day(-11, 1), to: day(1, 0) };
}

describe('Top partners and customer feedback in the back-office dashboards', () => {
  it('shows a brand admin on a phone the top partners and the comment of a declaration just approved, as the API gives them', async () => {
    const token = await apiToken(PARTNER);
    const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, token);
    const reference = `E2E-FEEDBACK-${Date.now().toString(36).toUpperCase()}`;
    const comment = `Quiet and quick install (${reference})`;
    const input = {
      saleDate: new Date().toISOString().slice(0, 10),
      currency: 'EUR',
      feedback: { rating: 5, comment, tags: ['e2e'] },
      lines: [{ productId: products.items[0]?.id, quantity: 1, amount: 432, channel: 'ONLINE', invoiceReference: reference }],
    };
    const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
    await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: reference }, token);
    const admin = await apiToken(DEMO.brandAdmin);
    await graphql('mutation ($id: ID!) { approveDeclaration(id: $id) { id } }', { id: createDeclaration.id }, admin);
    // The rollups follow the approval within the activity worker's polling interval.
    const filter = lastTwelveMonths();
    for (let tries = 0; ; tries += 1) {
      const { customerFeedback } = await graphql<{ customerFeedback: { comments: { comment: string }[] } }>(FEEDBACK, { filter }, admin);
      if (customerFeedback.comments.some((c) => c.comment === comment)) break;
      if (tries > 40) throw new Error('The approved declaration never reached the feedback rollup');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const { topPartners } = await graphql<{ topPartners: { top: { name: string; amount: number }[] } }>(TOP, { filter }, admin);
    expect(topPartners.top.length).toBeGreaterThan(0);

    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/dashboards'));
    await page.getByRole('heading', { level: 2, name: either('dashboards.topPartners.title') }).waitFor();
    const top = page.getByRole('table', { name: either('dashboards.topPartners.top') });
    const first = top.getByRole('row').filter({ hasText: topPartners.top[0]?.name });
    await first.waitFor();
    // The first partner of the API's list is first in the table (row 0 is the header).
    expect(await top.getByRole('row').nth(1).textContent()).toContain(topPartners.top[0]?.name);
    await page.getByRole('heading', { level: 2, name: either('dashboards.feedback.title') }).waitFor();
    await page.getByText(comment).waitFor();
    await expectAccessible(page, 'Top partners and customer feedback on a phone');
  });
});

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

// Maison du Climat Nantes (FR) and Energiezentrum Köln (DE) are used by no other browser test.
const FRENCH = 'antoine.perrin@maison-du-climat-nantes.demo';
const GERMAN = 'tim.hoffmann@energiezentrum-koln.demo';
/** The first day of the month `monthsAgo` months before this one. */
const monthStart = (monthsAgo: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1)).toISOString().slice(0, 10);
};
const monthEnd = (monthsAgo: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo + 1, 0)).toISOString().slice(0, 10);
};
const SALES = 'query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) { totals { lines } } }';

/** A declaration of the partner on the sale date, submitted, then approved by the brand. */
async function approvedSale(partner: string, admin: string, saleDate: string, amount: number, reference: string): Promise<void> {
  const token = await apiToken(partner);
  const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, token);
  const input = { saleDate, currency: 'EUR', lines: [{ productId: products.items[0]?.id, quantity: 2, amount, channel: 'ONLINE', invoiceReference: reference }] };
  const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
  await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: reference }, token);
  await graphql('mutation ($id: ID!) { approveDeclaration(id: $id) { id } }', { id: createDeclaration.id }, admin);
}

const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

describe('The sell-out dashboard in the back-office', () => {
  it('lets a brand admin on a phone filter the sell-out by country, and the figures follow', async () => {
    // A month of its own, long ago, so that the other tests' sales stay out of the period.
    const monthsAgo = 13 + (Date.now() % 8);
    const [from, to] = [monthStart(monthsAgo), monthEnd(monthsAgo)];
    const suffix = Date.now().toString(36).toUpperCase();
    const admin = await apiToken(DEMO.brandAdmin);
    await approvedSale(FRENCH, admin, from, 1234.5, `E2E-DASH-FR-${suffix}`);
    await approvedSale(GERMAN, admin, from, 800, `E2E-DASH-DE-${suffix}`);
    // The activity worker adds approvals to the rollup within a few polls.
    for (let attempt = 0; attempt < 30; attempt++) {
      const { salesOverview } = await graphql<{ salesOverview: { totals: { lines: number } } }>(SALES, { filter: { from, to } }, admin);
      if (salesOverview.totals.lines === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }

    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/dashboards'));
    await page.getByRole('heading', { level: 1, name: either('dashboards.sales.title') }).waitFor();
    await page.getByLabel(either('dashboards.sales.from')).fill(from.slice(0, 7));
    await page.getByLabel(either('dashboards.sales.to')).fill(to.slice(0, 7));
    const byCountry = page.getByRole('table', { name: either('dashboards.sales.byCountry') });
    const amount = page.locator('[data-figure="amount"] .sales-dashboard__total-value');
    await page.waitForFunction(() => document.querySelector('[data-figure="amount"] .sales-dashboard__total-value')?.textContent?.replace(/\D/g, '') === '203450');
    expect(await byCountry.getByRole('row').count()).toBe(3);
    expect(digits(await byCountry.getByRole('row').nth(1).textContent())).toContain('123450');
    await expectAccessible(page, 'The sell-out dashboard on a phone');

    await page.getByLabel(either('dashboards.sales.country')).selectOption('DE');
    await page.waitForFunction(() => document.querySelector('[data-figure="amount"] .sales-dashboard__total-value')?.textContent?.replace(/\D/g, '') === '80000');
    expect(digits(await amount.textContent())).toBe('80000');
    expect(await byCountry.getByRole('row').count()).toBe(2);
    await byCountry.getByRole('row').filter({ hasText: /Germany|Allemagne/ }).waitFor();
  });
});

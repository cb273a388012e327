import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

// Maison du Climat Nantes is used by the sell-out dashboard's test only, which leaves nothing pending.
const PARTNER = 'antoine.perrin@maison-du-climat-nantes.demo';
const FUNNEL = 'query ($filter: DashboardFilterInput!) { declarationFunnel(filter: $filter) { figures { submitted pending } } }';

/** The page's default period: the last twelve months, this one included. */
function lastTwelveMonths() {
  const now = new Date();
  const day = (months: number, date: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, date)).toISOString().slice(0, 10);
  return { from: day(-11, 1), to: day(1, 0) };
}

const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

describe('The declaration funnel in the back-office dashboards', () => {
  it('shows a brand admin on a phone the declarations submitted and still to decide, as the API counts them', async () => {
    const token = await apiToken(PARTNER);
    const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, token);
    const reference = `E2E-FUNNEL-${Date.now().toString(36).toUpperCase()}`;
    const input = { saleDate: new Date().toISOString().slice(0, 10), currency: 'EUR', lines: [{ productId: products.items[0]?.id, quantity: 1, amount: 321, channel: 'ONLINE', invoiceReference: reference }] };
    const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
    await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: reference }, token);
    const admin = await apiToken(DEMO.brandAdmin);
    const { declarationFunnel } = await graphql<{ declarationFunnel: { figures: { submitted: number; pending: number } } }>(FUNNEL, { filter: lastTwelveMonths() }, admin);
    expect(declarationFunnel.figures.pending).toBeGreaterThan(0);

    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/dashboards'));
    await page.getByRole('heading', { level: 2, name: either('dashboards.funnel.title') }).waitFor();
    const stages = page.getByRole('table', { name: either('dashboards.funnel.stages') });
    // At 390 px the cells show their column's name before the value: the row is found by its text.
    const row = (key: string) => stages.getByRole('row').filter({ hasText: either(`dashboards.funnel.stage.${key}`, { exact: false }) });
    await row('submitted').waitFor();
    expect(digits(await row('submitted').getByRole('cell').nth(1).textContent())).toBe(String(declarationFunnel.figures.submitted));
    expect(digits(await row('pending').getByRole('cell').nth(1).textContent())).toBe(String(declarationFunnel.figures.pending));
    await page.getByRole('table', { name: either('dashboards.funnel.flags') }).waitFor({ state: 'attached' });
    await expectAccessible(page, 'The declaration funnel on a phone');
  });
});

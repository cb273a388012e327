import { readFileSync } from 'node:fs';

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** A partner admin declares two lines and submits them; the unique amount lets the queue's filter find that declaration alone. */
async function declareTwoLines(): Promise<{ total: number; references: string[] }> {
  const token = await apiToken(DEMO.partnerAdmin);
  const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, token);
  const [product] = products.items;
  if (!product) throw new Error('The demo seed has no active product');
  const suffix = Date.now().toString(36).toUpperCase();
  const amounts = [7000 + (Date.now() % 997), 12.5];
  const references = [`E2E-EXP-${suffix}-1`, `E2E-EXP-${suffix}-2`];
  const input = {
    saleDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    currency: 'EUR',
    lines: references.map((invoiceReference, i) => ({ productId: product.id, quantity: i + 1, amount: amounts[i], channel: 'IN_STORE', invoiceReference })),
  };
  const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
  await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: `e2e-exp-${suffix}` }, token);
  return { total: amounts[0] + amounts[1], references };
}

describe('Back-office exports', () => {
  it("exports the declarations queue's filtered lines as a CSV a spreadsheet opens, with progress said to screen readers, at 390 px", async () => {
    const { total, references } = await declareTwoLines();
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', `/declarations?min=${total}&max=${total}`));
    await page.getByRole('heading', { level: 1, name: either('backofficeDeclarations.queue.title') }).waitFor();
    await page.getByRole('link', { name: 'Chauffage Dupont' }).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: either('exports.button') }).click()]);
    expect(download.suggestedFilename()).toMatch(/^relais-declarations-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = csv.split('\r\n').filter(Boolean);
    // UTF-8 with a BOM, headers in the app's language with that language's delimiter.
    expect(header).toMatch(/^\uFEFF(Declaration,Partner code,Partner,|Déclaration;Code partenaire;Partenaire;)/);
    expect(rows).toHaveLength(2);
    references.forEach((reference, i) => expect(rows[i]).toContain(reference));
    await page.getByText(either('exports.done')).waitFor();
    await expectAccessible(page, 'The declarations queue after an export');
  });
});

import { readFileSync } from 'node:fs';

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe("End customers' personal data", () => {
  it("a brand admin on a phone finds a customer's declaration, exports its data, erases it, and the declaration then shows it erased", async () => {
    // A declaration left to decide: no sales figure of the other files moves.
    const token = await apiToken(DEMO.partnerAdmin);
    const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, token);
    const mark = `E2E${Date.now().toString(36).toUpperCase()}`;
    const comment = `Mme Durand ${mark}, 12 rue des Lilas`;
    const input = {
      saleDate: new Date().toISOString().slice(0, 10),
      currency: 'EUR',
      customer: { type: 'B2C', postalCode: '59000', sector: 'Boulangerie' },
      feedback: { rating: 4, comment, tags: ['delivery'] },
      lines: [{ productId: products.items[0]?.id, quantity: 1, amount: 777, channel: 'IN_STORE', invoiceReference: mark }],
    };
    const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
    await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: mark }, token);

    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/customer-data'));
    await page.getByLabel(either('privacy.search.commentContains')).fill(mark.toLowerCase());
    await page.getByRole('button', { name: either('privacy.search.submit') }).click();
    const results = page.getByRole('list', { name: either('privacy.results.label') });
    await results.getByText(comment).waitFor();
    expect(await results.getByRole('listitem').count()).toBe(1);
    await results.getByRole('checkbox').check();
    await page.getByLabel(either('privacy.request.reference')).fill(`REQ-${mark}`);
    await expectAccessible(page, 'the customer data page with a declaration found');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: either('privacy.request.export') }).click()]);
    expect(download.suggestedFilename()).toBe(`customer-data-REQ-${mark}.json`);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { requestReference: string; declarations: { id: string; customer: object; feedback: object }[] };
    expect(exported.requestReference).toBe(`REQ-${mark}`);
    expect(exported.declarations).toEqual([
      expect.objectContaining({ id: createDeclaration.id, customer: { type: 'B2C', postalCode: '59000', sector: 'Boulangerie' }, feedback: { rating: 4, comment, tags: ['delivery'] } }),
    ]);

    await page.getByRole('button', { name: either('privacy.request.erase') }).click();
    const dialog = page.getByRole('dialog', { name: either('privacy.erase.title') });
    await dialog.getByRole('button', { name: either('privacy.erase.confirm') }).click();
    await page.getByText(either('privacy.erase.done')).waitFor();
    // The same words find nothing any more: the comment is gone.
    await page.getByText(either('privacy.results.empty')).waitFor();

    await page.goto(appUrl('back-office', `/declarations/${createDeclaration.id}`));
    await page.getByText(either('privacy.declaration.erased')).waitFor();
    expect(await page.getByText(comment).count()).toBe(0);
    expect(await page.getByText('Boulangerie').count()).toBe(0);
    await expectAccessible(page, 'a declaration whose customer data was erased');
  });
});

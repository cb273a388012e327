import type { Page } from 'playwright-core';

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** A declaration of the partner, submitted, then approved by the brand. */
async function approvedDeclaration(partnerToken: string): Promise<void> {
  const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, partnerToken);
  const suffix = Date.now().toString(36).toUpperCase();
  const input = {
    saleDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    currency: 'EUR',
    lines: [{ productId: products.items[0]?.id, quantity: 2, amount: 1500 + (Date.now() % 500), channel: 'IN_STORE', invoiceReference: `E2E-JOURNEY-${suffix}` }],
  };
  const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, partnerToken);
  await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: `e2e-journey-${suffix}` }, partnerToken);
  await graphql('mutation ($id: ID!) { approveDeclaration(id: $id) { id } }', { id: createDeclaration.id }, await apiToken(DEMO.brandAdmin));
}

/** The "approved declarations" bar of the Integration stage, by its accessible name. */
const declarationsBar = (page: Page) => page.getByRole('progressbar', { name: new RegExp(`^(?:${['Approved declarations', 'Déclarations approuvées'].join('|')})`) }).first();

// Lausanne Clim (demo partner 28) has no activity in the demo data and no other browser test uses it.
const PARTNER_ADMIN = 'luc.bovet@lausanne-clim.demo';

describe('The journey in the partner portal', () => {
  it('shows a partner on a phone its progress once a declaration is approved, and the next stage', async () => {
    const partnerToken = await apiToken(PARTNER_ADMIN);
    const page = await signIn('portal', PARTNER_ADMIN, PHONE);
    await page.goto(appUrl('portal', '/journey'));
    await page.getByRole('heading', { level: 1, name: either('progression.journey.title') }).waitFor();
    await page.getByText(either('progression.journey.current')).waitFor();
    expect(await declarationsBar(page).getAttribute('value')).toBe('0');
    await page.getByText(/^(?:Declare 1 more approved sale\.|Déclarez encore 1 vente approuvée\.)$/).waitFor();
    await expectAccessible(page, 'The journey page');

    await approvedDeclaration(partnerToken);

    // The activity worker adds the approval to the metrics and completes the stage within a few polls.
    const enablement = new RegExp(`(?:Current stage: Enablement|Étape en cours : Montée en compétences)`);
    for (let attempt = 0; attempt < 30 && !(await page.getByText(enablement).isVisible()); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.reload();
      await page.getByRole('heading', { level: 1, name: either('progression.journey.title') }).waitFor();
    }
    await page.getByText(enablement).waitFor({ timeout: 1000 });
    expect(await declarationsBar(page).getAttribute('value')).toBe('1');
    const integration = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Integration|Intégration/ }) });
    await integration.getByText(either('progression.status.COMPLETED')).waitFor();
  });
});

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

const BADGE = 'mutation ($input: BadgeInput!) { createBadge(input: $input) { id } }';
const SWITCH_OFF = 'mutation ($id: ID!, $input: BadgeInput!) { updateBadge(id: $id, input: $input) { id } }';

const badgeInput = (suffix: string, patch: Record<string, unknown>) => ({
  nameEn: `First approved sale ${suffix}`,
  nameFr: `Première vente approuvée ${suffix}`,
  descriptionEn: '',
  descriptionFr: '',
  icon: 'TROPHY',
  metric: 'DECLARATIONS_APPROVED',
  scope: 'USER',
  threshold: 1,
  window: 'ALL_TIME',
  repeat: 'ONCE',
  points: 10,
  active: true,
  ...patch,
});

/** A declaration of the partner, submitted, then approved by the brand. */
async function approvedDeclaration(partnerToken: string, adminToken: string, suffix: string): Promise<void> {
  const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 1 }) { items { id } } }', {}, partnerToken);
  const input = {
    saleDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
    currency: 'EUR',
    lines: [{ productId: products.items[0]?.id, quantity: 3, amount: 1700 + (Date.now() % 500), channel: 'IN_STORE', invoiceReference: `E2E-BADGES-${suffix}` }],
  };
  const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, partnerToken);
  await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: `e2e-badges-${suffix}` }, partnerToken);
  await graphql('mutation ($id: ID!) { approveDeclaration(id: $id) { id } }', { id: createDeclaration.id }, adminToken);
}

// Antwerpen Klimaat (demo partner 24) is used by no other browser test.
const PARTNER_ADMIN = 'pieter.maes@antwerpen-klimaat.demo';

describe('The badge wall in the partner portal', () => {
  it('shows a reseller on a phone the badge an approved sale earned, and the progress towards another', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const admin = await apiToken(DEMO.brandAdmin);
    const earned = badgeInput(suffix, {});
    const toEarn = badgeInput(suffix, { nameEn: `Hundred units ${suffix}`, nameFr: `Cent unités ${suffix}`, icon: 'ROCKET', metric: 'UNITS_SOLD', threshold: 100 });
    const ids = [(await graphql<{ createBadge: { id: string } }>(BADGE, { input: earned }, admin)).createBadge.id, (await graphql<{ createBadge: { id: string } }>(BADGE, { input: toEarn }, admin)).createBadge.id];
    try {
      await approvedDeclaration(await apiToken(PARTNER_ADMIN), admin, suffix);
      const page = await signIn('portal', PARTNER_ADMIN, PHONE);
      const earnedName = new RegExp(`^(?:${earned.nameEn}|${earned.nameFr})$`);
      // The activity worker processes the approval and awards the badge within a few polls.
      await page.goto(appUrl('portal', '/badges'));
      const earnedSection = page.getByRole('region', { name: either('badges.earnedTitle') });
      for (let attempt = 0; attempt < 30 && !(await earnedSection.getByRole('heading', { name: earnedName }).isVisible()); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await page.reload();
        await page.getByRole('heading', { level: 1, name: either('badges.title') }).waitFor();
      }
      const card = earnedSection.getByRole('listitem').filter({ has: page.getByRole('heading', { name: earnedName }) });
      await card.getByText(either('badges.earnedOn', { exact: false })).waitFor();

      const toEarnSection = page.getByRole('region', { name: either('badges.toEarnTitle') });
      const bar = toEarnSection.getByRole('progressbar', { name: new RegExp(`^(?:${toEarn.nameEn}|${toEarn.nameFr})`) });
      expect(await bar.getAttribute('value')).toBe('3');
      expect(await bar.getAttribute('max')).toBe('100');
      await toEarnSection.getByText(/^3 (?:of|sur) 100$/).first().waitFor();
      await expectAccessible(page, 'The badge wall');

      await page.goto(appUrl('portal', '/'));
      await page.getByText(earnedName).first().waitFor();
    } finally {
      // Switched off, so the later browser tests' partners do not earn them.
      for (const [id, input] of [
        [ids[0], earned],
        [ids[1], toEarn],
      ] as const) {
        await graphql(SWITCH_OFF, { id, input: { ...input, active: false } }, admin);
      }
    }
  });
});

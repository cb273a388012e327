import type { Page } from 'playwright-core';

import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either, message } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** Thermique Bretagne's administrator, the other partner of the race. */
const RIVAL = 'yann.le-gall@thermique-bretagne.demo';

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** A declaration of `quantity` units of one product, submitted; answers its id. */
async function declare(token: string, productId: string, quantity: number): Promise<string> {
  const input = {
    saleDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    currency: 'EUR',
    lines: [{ productId, quantity, amount: 1000 + quantity + (Date.now() % 997), channel: 'IN_STORE', invoiceReference: `E2E-CH-${Date.now().toString(36)}-${quantity}` }],
  };
  const { createDeclaration } = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
  await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id: createDeclaration.id, key: `e2e-ch-${createDeclaration.id}` }, token);
  return createDeclaration.id;
}

const ownRank = (page: Page) => page.getByTestId('own-rank');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message with its values filled in, in English or French (the demo reseller reads French). */
const filled = (key: string, values: Record<string, number>) =>
  new RegExp(
    (['en', 'fr'] as const)
      .map((language) => escape(Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, String(value)), message(language, key))))
      .join('|'),
  );

describe('Live challenge leaderboard', () => {
  it("shows a reseller their rank change, without reloading, when another partner's declaration is approved in the back-office", async () => {
    const brand = await apiToken(DEMO.brandAdmin);
    const [mine, rival] = await Promise.all([apiToken(DEMO.partnerAdmin), apiToken(RIVAL)]);
    // A product of the race's own, so the other browser tests' sales do not count in it.
    const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { offset: 6, limit: 1 }) { items { id } } }', {}, brand);
    const productId = products.items[0]?.id;
    if (!productId) throw new Error('The demo seed has fewer than seven active products');
    const { createSegment } = await graphql<{ createSegment: { id: string } }>('mutation ($input: SegmentInput!) { createSegment(input: $input) { id } }', {
      input: { name: `E2E race ${Date.now()}`, criteria: { regions: ['Île-de-France', 'Bretagne'] } },
    }, brand);
    const input = {
      title: { en: 'E2E flash race', fr: 'Course éclair E2E' },
      rules: { en: 'Sell the most units today.', fr: 'Vendez le plus d’unités aujourd’hui.' },
      metric: 'UNITS_SOLD',
      filter: { productIds: [productId] },
      kind: 'TEAM',
      segmentId: createSegment.id,
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
      prizeMode: 'RANK',
      prizes: [{ rank: 1, points: 300 }],
      leagueBy: 'NONE',
    };
    const { createChallenge } = await graphql<{ createChallenge: { id: string } }>('mutation ($input: ChallengeInput!) { createChallenge(input: $input) { id } }', { input }, brand);
    const id = createChallenge.id;
    await graphql('mutation ($id: ID!) { publishChallenge(id: $id) { id } }', { id }, brand);
    await until(async () => (await graphql<{ challenge: { status: string } }>('query ($id: ID!) { challenge(id: $id) { status } }', { id }, brand)).challenge.status === 'LIVE', 'the challenge to go live');

    // The reseller leads with 2 units; the rival's 5 units wait for the brand's decision.
    const myDeclaration = await declare(mine, productId, 2);
    await graphql('mutation ($id: ID!) { approveDeclaration(id: $id) { id } }', { id: myDeclaration }, brand);
    const rivalDeclaration = await declare(rival, productId, 5);

    const reseller = await signIn('portal', DEMO.partnerAdmin, PHONE);
    await reseller.goto(appUrl('portal', `/challenges/${id}`));
    await reseller.getByRole('heading', { level: 1, name: /E2E flash race|Course éclair E2E/ }).waitFor();
    await ownRank(reseller).getByText(filled('challenges.yourRank', { rank: 1, total: 2 })).waitFor();
    await expectAccessible(reseller, 'the live challenge page on a phone');
    // Marks the document: a reload would lose it.
    await reseller.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));

    const backOffice = await signIn('back-office', DEMO.brandAdmin);
    await backOffice.goto(appUrl('back-office', `/declarations/${rivalDeclaration}`));
    await backOffice.getByRole('button', { name: either('backofficeDeclarations.detail.approveAll') }).click();
    await backOffice.getByText(either('backofficeDeclarations.detail.approvedAll')).waitFor();

    await ownRank(reseller).getByText(filled('challenges.yourRank', { rank: 2, total: 2 })).waitFor({ timeout: 30_000 });
    expect(await reseller.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await reseller.getByText(filled('challenges.gapToNext', { gap: 3 })).waitFor();

    // The list groups it with the running ones, and the home page's card leads to it.
    await reseller.goto(appUrl('portal', '/challenges'));
    await reseller.getByRole('region', { name: either('challenges.live') }).getByRole('heading', { name: /E2E flash race|Course éclair E2E/ }).waitFor();
    await expectAccessible(reseller, 'the challenges list on a phone');
    await reseller.goto(appUrl('portal', '/'));
    await reseller.getByRole('link', { name: either('challenges.homeLink') }).waitFor();
  });

  it('lets a channel manager on a phone draft a challenge (the empty form marks its fields), publish it and find it in the list', async () => {
    const page = await signIn('back-office', DEMO.channelManager, PHONE);
    await page.goto(appUrl('back-office', '/challenges/new'));
    const titleEn = page.getByLabel(either('challenges.editor.titleEn'));
    await titleEn.waitFor();
    await page.getByRole('button', { name: either('challenges.editor.save') }).click();
    await titleEn.and(page.locator('[aria-invalid="true"]')).waitFor();
    await expectAccessible(page, 'the challenge editor with field errors on a phone');

    const suffix = Date.now().toString(36).toUpperCase();
    await titleEn.fill(`E2E north sprint ${suffix}`);
    await page.getByLabel(either('challenges.editor.titleFr')).fill(`Sprint nord E2E ${suffix}`);
    await page.getByLabel(either('challenges.editor.rulesEn')).fill('Most approved declarations wins.');
    await page.getByLabel(either('challenges.editor.rulesFr')).fill('Le plus de déclarations approuvées gagne.');
    await page.getByLabel(either('challenges.editor.metric')).selectOption('DECLARATIONS_APPROVED');
    await page.getByRole('button', { name: either('challenges.editor.save') }).click();
    await page.getByRole('button', { name: either('challenges.editor.publish') }).click();
    await page.getByText(either('challenges.editor.published')).waitFor();

    await page.goto(appUrl('back-office', '/challenges'));
    await page.getByRole('link', { name: new RegExp(`(E2E north sprint|Sprint nord E2E) ${suffix}`) }).waitFor();
    await expectAccessible(page, 'the challenges list on a phone');
  });
});

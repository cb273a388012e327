import type { Page } from 'playwright-core';

import { apiSignIn, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** A shipped item open to every partner, with stock, created by the brand admin for this run. */
async function createItem(token: string, sku: string, title: string, pointsCost: number, stock = 10): Promise<string> {
  const data = await graphql<{ createRewardItem: { id: string } }>(
    'mutation ($input: RewardItemInput!) { createRewardItem(input: $input) { id } }',
    {
      input: {
        sku,
        titleEn: title,
        titleFr: title,
        descriptionEn: `${title}, for the e2e run.`,
        descriptionFr: `${title}, pour le test e2e.`,
        imageUrls: [],
        category: 'GOODIE',
        delivery: 'SHIPPED',
        pointsCost,
        stock,
        segmentIds: [],
      },
    },
    token,
  );
  return data.createRewardItem.id;
}

interface OrderOfMine {
  id: string;
  reference: string;
  lines: { item: { id: string } }[];
}

async function myOrdersOf(token: string, itemId: string): Promise<OrderOfMine[]> {
  const data = await graphql<{ myRewardOrders: { items: OrderOfMine[] } }>(
    'query ($page: PageInput) { myRewardOrders(page: $page) { items { id reference lines { item { id } } } } }',
    { page: { offset: 0, limit: 100 } },
    token,
  );
  return data.myRewardOrders.items.filter((order) => order.lines.some((line) => line.item.id === itemId));
}

/** "1 234" in either language (French groups with a narrow no-break space). */
const eitherNumber = (value: number) => new RegExp(['en', 'fr'].map((locale) => new Intl.NumberFormat(locale).format(value).replace(/\s/g, '\\s')).join('|'));

/** From the catalogue, searched for this run's items: open one, add one to the cart, check out and confirm with a double click. */
async function orderOne(page: Page, title: string, address: 'fill' | 'remembered'): Promise<void> {
  await page.goto(appUrl('portal', '/rewards'));
  await page.getByRole('heading', { level: 1, name: either('portalRewards.title') }).waitFor();
  await page.getByRole('searchbox', { name: either('portalRewards.filters.search') }).fill(title);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByRole('button', { name: either('portalRewards.item.addToCart') }).click();
  await page.getByText(either('portalRewards.item.added', { exact: false })).waitFor();
  await page.getByTestId('cart-link').filter({ hasText: either('portalRewards.cartLink_one') }).click();

  await page.getByRole('heading', { level: 1, name: either('portalRewards.checkout.title') }).waitFor();
  const recipient = page.getByLabel(either('portalRewards.checkout.recipient'));
  if (address === 'fill') {
    await recipient.fill('Léa Moreau');
    await page.getByLabel(either('portalRewards.checkout.line1')).fill('12 rue des Artisans');
    await page.getByLabel(either('portalRewards.checkout.postalCode')).fill('69003');
    await page.getByLabel(either('portalRewards.checkout.city')).fill('Lyon');
    await page.getByLabel(either('portalRewards.checkout.country')).selectOption('FR');
    await page.getByLabel(either('portalRewards.checkout.remember')).check();
  } else {
    // "Remember this address" on the first order: the second checkout starts filled in.
    await page.waitForFunction(() => (document.getElementById('shipping-recipient') as HTMLInputElement | null)?.value === 'Léa Moreau');
  }
  await page.getByRole('button', { name: either('portalRewards.checkout.confirm') }).dblclick();
  await page.getByRole('heading', { level: 1, name: either('portalRewards.orders.title') }).waitFor();
  await page.getByText(either('portalRewards.orders.placed')).waitFor();
}

describe('Rewards in the partner portal', () => {
  it('lets a reseller with points order two items; the brand ships one with a tracking number and rejects the other in the back-office; the reseller sees the tracking, the refund and the right balance', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const admin = await apiSignIn(DEMO.brandAdmin);
    const member = await apiSignIn(DEMO.partnerMember);
    const thermos = `E2E Thermos ${suffix}`;
    const cap = `E2E Cap ${suffix}`;
    const thermosId = await createItem(admin.token, `E2E-THERMOS-${suffix}`, thermos, 300);
    const capId = await createItem(admin.token, `E2E-CAP-${suffix}`, cap, 200);
    const owner = { ownerType: 'USER', ownerId: member.userId };
    await graphql(
      'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }',
      { input: { ...owner, amount: 1000, reason: `E2E rewards budget ${suffix}`, idempotencyKey: `e2e-rewards-${suffix}` } },
      admin.token,
    );
    const wallet = await graphql<{ wallet: { available: number } }>('query ($owner: WalletOwnerInput!) { wallet(owner: $owner) { available } }', { owner }, admin.token);
    const start = wallet.wallet.available;

    // The reseller, on a phone, finds Rewards in the menu, with the balance to spend.
    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    await page.getByRole('button', { name: either('common.menu') }).click();
    await page.getByRole('navigation', { name: either('nav.main') }).getByRole('link', { name: either('nav.rewards') }).click();
    await page.getByRole('heading', { level: 1, name: either('portalRewards.title') }).waitFor();
    await page.getByTestId('rewards-balance').filter({ hasText: eitherNumber(start) }).waitFor();
    await page.getByRole('searchbox', { name: either('portalRewards.filters.search') }).fill(suffix);
    await page.getByRole('link', { name: thermos, exact: true }).waitFor();
    await page.getByRole('link', { name: cap, exact: true }).waitFor();
    await expectAccessible(page, 'The rewards catalogue');

    await page.getByRole('link', { name: thermos, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: thermos }).waitFor();
    await expectAccessible(page, 'A reward’s page');

    // The first checkout, looked at before confirming: total and the balance after.
    await page.getByRole('button', { name: either('portalRewards.item.addToCart') }).click();
    await page.getByTestId('cart-link').filter({ hasText: either('portalRewards.cartLink_one') }).click();
    const summary = page.getByTestId('checkout-summary');
    await summary.filter({ hasText: eitherNumber(start - 300) }).waitFor();
    await expectAccessible(page, 'The checkout');
    // Back to the catalogue with the thermos still in the cart; the cart survives a reload.
    await page.reload();
    await page.getByTestId('cart-link').filter({ hasText: either('portalRewards.cartLink_one') }).waitFor();
    await page.getByRole('button', { name: either('portalRewards.checkout.removeLabel') }).click();
    await page.getByText(either('portalRewards.checkout.empty')).waitFor();

    await orderOne(page, thermos, 'fill');
    await orderOne(page, cap, 'remembered');
    // A double click on "Confirm" placed one order each.
    const [thermosOrders, capOrders] = await Promise.all([myOrdersOf(member.token, thermosId), myOrdersOf(member.token, capId)]);
    expect(thermosOrders).toHaveLength(1);
    expect(capOrders).toHaveLength(1);
    const shipped = thermosOrders[0];
    const rejected = capOrders[0];

    // The brand, in the back-office, approves and ships the thermos, and rejects the cap.
    const tracking = `6A${suffix}`;
    const reason = `Out of production ${suffix}`;
    const brand = await signIn('back-office', DEMO.brandAdmin);
    await brand.goto(appUrl('back-office', `/reward-orders/${shipped.id}`));
    await brand.getByRole('heading', { level: 1, name: either('backofficeRewards.order.title') }).waitFor();
    await brand.getByRole('button', { name: either('backofficeRewards.order.approve') }).click();
    await brand.getByRole('button', { name: either('backofficeRewards.order.ship') }).click();
    const shipDialog = brand.getByRole('dialog', { name: either('backofficeRewards.order.shipTitle') });
    await shipDialog.getByLabel(either('backofficeRewards.order.carrier')).fill('Colissimo');
    await shipDialog.getByLabel(either('backofficeRewards.order.trackingNumber')).fill(tracking);
    await shipDialog.getByLabel(either('backofficeRewards.order.trackingUrl', { exact: false })).fill(`https://www.laposte.fr/outils/suivre-vos-envois?code=${tracking}`);
    await shipDialog.getByRole('button', { name: either('backofficeRewards.order.ship') }).click();
    await brand.getByText(either('backofficeRewards.order.shipped')).waitFor();
    await brand.goto(appUrl('back-office', `/reward-orders/${rejected.id}`));
    await brand.getByRole('heading', { level: 1, name: either('backofficeRewards.order.title') }).waitFor();
    await brand.getByRole('button', { name: either('backofficeRewards.order.reject') }).click();
    const rejectDialog = brand.getByRole('dialog', { name: either('backofficeRewards.order.rejectTitle') });
    await rejectDialog.getByLabel(either('backofficeRewards.order.reason')).fill(reason);
    await rejectDialog.getByRole('button', { name: either('backofficeRewards.order.reject') }).click();
    await brand.getByText(either('backofficeRewards.order.rejected')).waitFor();

    // The reseller sees the tracking of one, the refund and reason of the other, and the balance less the thermos only.
    await page.goto(appUrl('portal', '/rewards/orders'));
    await page.getByRole('heading', { level: 1, name: either('portalRewards.orders.title') }).waitFor();
    const shippedCard = page.getByTestId('reward-order').filter({ hasText: shipped.reference });
    await shippedCard.getByText(either('portalRewards.status.SHIPPED')).waitFor();
    await shippedCard.getByText(tracking).waitFor();
    expect(await shippedCard.getByRole('link', { name: either('portalRewards.orders.trackLink') }).getAttribute('href')).toContain(tracking);
    const rejectedCard = page.getByTestId('reward-order').filter({ hasText: rejected.reference });
    await rejectedCard.getByText(either('portalRewards.status.REJECTED')).waitFor();
    await rejectedCard.getByText(reason).waitFor();
    await rejectedCard.getByText(either('portalRewards.orders.refundedText')).filter({ hasText: eitherNumber(200) }).waitFor();
    await page.getByTestId('rewards-balance').filter({ hasText: eitherNumber(start - 300) }).waitFor();
    await expectAccessible(page, 'My reward orders');
  });

  it('names the wrong field of a checkout under its input, then lets the reseller cancel a requested order and get the points back', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const admin = await apiSignIn(DEMO.brandAdmin);
    const member = await apiSignIn(DEMO.partnerMember);
    const mug = `E2E Mug ${suffix}`;
    const mugId = await createItem(admin.token, `E2E-MUG-${suffix}`, mug, 50, 2);
    const owner = { ownerType: 'USER', ownerId: member.userId };
    await graphql(
      'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }',
      { input: { ...owner, amount: 500, reason: `E2E mug budget ${suffix}`, idempotencyKey: `e2e-rewards-mug-${suffix}` } },
      admin.token,
    );
    const wallet = await graphql<{ wallet: { available: number } }>('query ($owner: WalletOwnerInput!) { wallet(owner: $owner) { available } }', { owner }, admin.token);
    const start = wallet.wallet.available;

    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    await page.goto(appUrl('portal', `/rewards/${mugId}`));
    await page.getByRole('heading', { level: 1, name: mug }).waitFor();
    await page.getByRole('button', { name: either('portalRewards.item.addToCart') }).click();
    await page.getByTestId('cart-link').filter({ hasText: either('portalRewards.cartLink_one') }).click();
    await page.getByRole('heading', { level: 1, name: either('portalRewards.checkout.title') }).waitFor();

    // Three mugs when two are left, and no postal code: the API's answers land under the two inputs.
    const quantity = page.getByLabel(new RegExp(`${either('portalRewards.checkout.colQuantity').source.slice(1, -1)}\\s+${mug}`));
    await quantity.fill('3');
    await page.getByLabel(either('portalRewards.checkout.recipient')).fill('Léa Moreau');
    await page.getByLabel(either('portalRewards.checkout.line1')).fill('12 rue des Artisans');
    await page.getByLabel(either('portalRewards.checkout.postalCode')).fill('');
    await page.getByLabel(either('portalRewards.checkout.city')).fill('Lyon');
    await page.getByLabel(either('portalRewards.checkout.country')).selectOption('FR');
    const confirm = page.getByRole('button', { name: either('portalRewards.checkout.confirm') });
    await confirm.click();
    const postalCode = page.getByLabel(either('portalRewards.checkout.postalCode'));
    await page.locator('#shipping-postalCode-error').waitFor();
    expect(await postalCode.getAttribute('aria-invalid')).toBe('true');
    await page.waitForFunction(() => document.activeElement?.id === 'shipping-postalCode');
    await postalCode.fill('69003');
    await confirm.click();
    await page.locator('#cart-line-0-quantity-error').getByText(either('errors.REWARD_OUT_OF_STOCK')).waitFor();
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'The checkout with field errors');
    await quantity.fill('2');
    await confirm.click();
    await page.getByText(either('portalRewards.orders.placed')).waitFor();
    await page.getByTestId('rewards-balance').filter({ hasText: eitherNumber(start - 100) }).waitFor();

    // Cancelled while still requested: a confirmation first, then the points come back once.
    const [order] = await myOrdersOf(member.token, mugId);
    expect(order).toBeDefined();
    const card = page.getByTestId('reward-order').filter({ hasText: order?.reference ?? '?' });
    await card.getByRole('button', { name: either('portalRewards.orders.cancelLabel') }).click();
    const dialog = page.getByRole('dialog', { name: either('portalRewards.orders.cancelTitle') });
    await dialog.waitFor();
    await expectAccessible(page, 'The cancel dialog');
    await dialog.getByRole('button', { name: either('portalRewards.orders.cancelConfirm') }).click();
    await page.getByText(either('portalRewards.orders.cancelled')).waitFor();
    await card.getByText(either('portalRewards.status.CANCELLED')).waitFor();
    await card.getByText(either('portalRewards.orders.refundedText')).filter({ hasText: eitherNumber(100) }).waitFor();
    await page.getByTestId('rewards-balance').filter({ hasText: eitherNumber(start) }).waitFor();
  });
});

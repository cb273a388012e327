import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { apiSignIn, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

const unique = () => Date.now().toString(36).toUpperCase();

/** A partner member with points orders a shipped reward the brand has just created; answers the order's reference and the item's SKU suffix. */
async function placeOrder(): Promise<{ reference: string; suffix: string }> {
  const admin = await apiSignIn(DEMO.brandAdmin);
  const member = await apiSignIn(DEMO.partnerMember);
  const suffix = unique();
  const { createRewardItem } = await graphql<{ createRewardItem: { id: string } }>(
    'mutation ($input: RewardItemInput!) { createRewardItem(input: $input) { id } }',
    {
      input: {
        sku: `E2E-CAP-${suffix}`,
        titleFr: `Casquette E2E ${suffix}`,
        titleEn: `E2E cap ${suffix}`,
        descriptionFr: 'Une casquette brodée.',
        descriptionEn: 'An embroidered cap.',
        imageUrls: [],
        category: 'GOODIE',
        delivery: 'SHIPPED',
        pointsCost: 40,
        stock: 10,
        segmentIds: [],
      },
    },
    admin.token,
  );
  await graphql(
    'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }',
    { input: { ownerType: 'USER', ownerId: member.userId, amount: 100, reason: `E2E rewards ${suffix}`, idempotencyKey: `e2e-rewards-points-${suffix}` } },
    admin.token,
  );
  const { placeRewardOrder } = await graphql<{ placeRewardOrder: { reference: string } }>(
    'mutation ($input: PlaceOrderInput!) { placeRewardOrder(input: $input) { reference } }',
    {
      input: {
        lines: [{ itemId: createRewardItem.id, quantity: 1 }],
        shippingAddress: { recipient: 'Léa Moreau', line1: '12 rue des Lilas', postalCode: '69003', city: 'Lyon', country: 'FR' },
        idempotencyKey: `e2e-rewards-order-${suffix}`,
      },
    },
    member.token,
  );
  return { reference: placeRewardOrder.reference, suffix };
}

/** A message with a formatted count ({{count, number}}), whatever the count, in either language. */
const anyCount = (key: string) => new RegExp(either(key).source.replace(/\\\{\\\{count, number\\\}\\\}/g, '.*'));

const heading = (page: Page, key: string) => page.getByRole('heading', { level: 1, name: either(key) }).waitFor();

describe('Rewards in the back-office', () => {
  it('lets a brand admin create a reward, find it in the catalogue and restock it', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    await page.getByRole('navigation', { name: either('nav.main') }).getByRole('link', { name: either('backofficeRewards.nav.catalogue') }).click();
    await heading(page, 'backofficeRewards.catalogue.title');
    await page.getByRole('link', { name: either('backofficeRewards.catalogue.create') }).click();
    await heading(page, 'backofficeRewards.form.createTitle');

    // A first try without anything names the missing fields, and sends nothing.
    await page.getByRole('button', { name: either('common.create') }).click();
    await page.getByLabel(either('backofficeRewards.form.titleEn')).and(page.locator('[aria-invalid="true"]')).waitFor();
    await expectAccessible(page, 'The reward form with its errors');

    const suffix = unique();
    await page.getByLabel(either('backofficeRewards.form.sku')).fill(`E2E-GC-${suffix}`);
    await page.getByLabel(either('backofficeRewards.form.titleFr')).fill(`Carte cadeau E2E ${suffix}`);
    await page.getByLabel(either('backofficeRewards.form.titleEn')).fill(`E2E gift card ${suffix}`);
    await page.getByLabel(either('backofficeRewards.form.descriptionFr')).fill('Une carte cadeau de 20 €.');
    await page.getByLabel(either('backofficeRewards.form.descriptionEn')).fill('A 20 € gift card.');
    await page.getByLabel(either('backofficeRewards.form.imageUrls', { exact: false })).fill('https://example.com/gift-card.png');
    await page.getByLabel(either('backofficeRewards.form.category')).selectOption('GIFT_CARD');
    await page.getByLabel(either('backofficeRewards.form.delivery')).selectOption('DIGITAL');
    await page.getByLabel(either('backofficeRewards.form.pointsCost')).fill('200');
    await page.getByLabel(either('backofficeRewards.form.stock')).fill('5');
    await page.getByLabel(either('backofficeRewards.form.limitPerUser', { exact: false })).fill('1');
    await page.getByLabel(either('backofficeRewards.form.limitPeriod')).selectOption('YEAR');
    await page.getByRole('button', { name: either('common.create') }).click();

    await heading(page, 'backofficeRewards.catalogue.title');
    await page.getByText(either('backofficeRewards.form.created', { exact: false })).waitFor();
    await page.getByLabel(either('backofficeRewards.catalogue.searchLabel')).fill(suffix);
    // The list shows the title in the user's language; both end with the suffix.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(suffix) }) });
    await row.waitFor();
    expect(await page.getByRole('row').filter({ hasText: suffix }).count()).toBe(1);
    await row.getByText(either('backofficeRewards.category.GIFT_CARD')).waitFor();
    await expectAccessible(page, 'The reward catalogue');

    await row.getByRole('button', { name: either('backofficeRewards.catalogue.restock', { exact: false }) }).click();
    const dialog = page.getByRole('dialog', { name: either('backofficeRewards.restock.title') });
    await dialog.getByLabel(either('backofficeRewards.restock.quantity')).fill('3');
    await expectAccessible(page, 'The restock dialog');
    await dialog.getByRole('button', { name: either('backofficeRewards.restock.submit') }).click();
    await page.getByText(either('backofficeRewards.restock.done')).waitFor();
    expect(await page.getByText(either('backofficeRewards.restock.done')).innerText()).toMatch(/\b8\b/);
  });

  it('shows a channel manager, on a phone, an order of one of their partners, which they approve and ship with a tracking number', async () => {
    const { reference, suffix } = await placeOrder();
    const page = await signIn('back-office', DEMO.channelManager, PHONE);
    // The home page counts the orders waiting for approval.
    await page.getByRole('heading', { level: 2, name: either('backofficeRewards.nav.orders') }).waitFor();
    await page.getByText(anyCount('backofficeRewards.home.requestedOrders_one')).or(page.getByText(anyCount('backofficeRewards.home.requestedOrders_other'))).first().waitFor();
    await page.goto(appUrl('back-office', '/reward-orders'));
    await heading(page, 'backofficeRewards.orders.title');
    // Newest first: the order just placed is on the first page without any filter.
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
    await row.waitFor();
    // The title is in the user's language: the French or English one ends with the same suffix.
    await row.getByText(new RegExp(suffix)).waitFor();
    await row.getByText(either('backofficeRewards.orderStatus.REQUESTED')).waitFor();
    await expectAccessible(page, 'The fulfilment queue on a phone');

    await row.getByRole('checkbox', { name: either('backofficeRewards.orders.select') }).check();
    await page.getByRole('button', { name: anyCount('backofficeRewards.orders.approveSelected_one') }).click();
    const confirm = page.getByRole('dialog', { name: either('backofficeRewards.orders.confirmApproveTitle') });
    await confirm.getByRole('button', { name: anyCount('backofficeRewards.orders.approveSelected_one') }).click();
    await page.getByText(anyCount('backofficeRewards.orders.approved_one')).waitFor();
    await row.getByText(either('backofficeRewards.orderStatus.APPROVED')).waitFor();

    await row.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: either('backofficeRewards.order.title') }).waitFor();
    await page.getByText('12 rue des Lilas').waitFor();
    await expectAccessible(page, 'An approved reward order on a phone');
    await page.getByRole('button', { name: either('backofficeRewards.order.ship') }).click();
    const ship = page.getByRole('dialog', { name: either('backofficeRewards.order.shipTitle') });
    await ship.getByLabel(either('backofficeRewards.order.carrier')).fill('Colissimo');
    await ship.getByLabel(either('backofficeRewards.order.trackingNumber')).fill(`6A${Date.now()}`);
    await ship.getByLabel(either('backofficeRewards.order.trackingUrl', { exact: false })).fill('https://www.laposte.fr/outils/suivre-vos-envois');
    await ship.getByRole('button', { name: either('backofficeRewards.order.ship') }).click();

    await page.getByText(either('backofficeRewards.order.shipped')).waitFor();
    await page.getByText(either('backofficeRewards.orderStatus.SHIPPED')).first().waitFor();
    await page.getByText('Colissimo').first().waitFor();
    await page.getByRole('link', { name: either('backofficeRewards.order.openTracking') }).waitFor();
    await page.getByRole('button', { name: either('backofficeRewards.order.deliver') }).waitFor();
    await expectAccessible(page, 'A shipped reward order on a phone');
  });

  it('exports the filtered queue as CSV, rejects an order with a reason (refunded), and previews a tracking file with its row errors', async () => {
    const { reference } = await placeOrder();
    const page = await signIn('back-office', DEMO.brandAdmin);
    await page.goto(appUrl('back-office', `/reward-orders?search=${reference}`));
    await heading(page, 'backofficeRewards.orders.title');
    await page.getByRole('link', { name: reference }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: either('backofficeRewards.orders.export') }).click()]);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toMatch(/^\uFEFF?reference,created_at,partner_code/);
    expect(csv).toContain(reference);
    // The export endpoint filters by status and partner only: the page says the search was left out.
    await page.getByText(either('backofficeRewards.orders.exportedWithoutSearch')).waitFor();

    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('heading', { level: 1, name: either('backofficeRewards.order.title') }).waitFor();
    await page.getByRole('button', { name: either('backofficeRewards.order.reject') }).click();
    const dialog = page.getByRole('dialog', { name: either('backofficeRewards.order.rejectTitle') });
    // No reason, no rejection: the field says so.
    await dialog.getByRole('button', { name: either('backofficeRewards.order.reject') }).click();
    await dialog.getByText(either('backofficeRewards.order.required')).waitFor();
    await expectAccessible(page, 'The reject dialog with its error');
    await dialog.getByLabel(either('backofficeRewards.order.reason')).fill('This cap is no longer made.');
    await dialog.getByRole('button', { name: either('backofficeRewards.order.reject') }).click();
    await page.getByText(either('backofficeRewards.order.rejected')).waitFor();
    await page.getByText(either('backofficeRewards.orderStatus.REJECTED')).first().waitFor();
    await page.getByText('This cap is no longer made.').first().waitFor();
    await page.getByText(either('backofficeRewards.order.refunded')).waitFor();

    await page.goto(appUrl('back-office', '/reward-orders/import-tracking'));
    await heading(page, 'backofficeRewards.tracking.title');
    await page.getByLabel(either('backoffice.csv.file')).setInputFiles({
      name: 'tracking.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`reference,carrier,tracking_number\r\n${reference},Colissimo,6A000\r\nR-1999-999999,Colissimo,6A001\r\n`),
    });
    const errors = page.getByRole('table', { name: either('backoffice.csv.errorsCaption', { exact: false }) });
    await errors.waitFor();
    // The rejected order cannot be shipped; the unknown one does not exist: two rows, each in words.
    await errors.getByText(either('errors.REWARD_ORDER_STATUS_CONFLICT')).waitFor();
    await errors.getByText(either('errors.REWARD_ORDER_NOT_FOUND')).waitFor();
    expect(await page.getByRole('button', { name: either('backoffice.csv.import') }).isDisabled()).toBe(true);
    await expectAccessible(page, 'The tracking import with row errors');

    await page.goto(appUrl('back-office', '/rewards/import'));
    await heading(page, 'backofficeRewards.import.title');
    await expectAccessible(page, 'The reward import page');
  });
});

import type { Page } from 'playwright-core';

import { graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, DEMO_PASSWORD, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** A partner admin declares two lines and submits them; the amounts are unique so the queue's amount filter finds it alone. */
async function declareTwoLines(): Promise<{ total: number; id: string; token: string; input: Record<string, unknown> }> {
  const { signIn: session } = await graphql<{ signIn: { accessToken: string } }>('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
    input: { email: DEMO.partnerAdmin, password: DEMO_PASSWORD },
  });
  const token = session.accessToken;
  const { products } = await graphql<{ products: { items: { id: string }[] } }>('query { products(filter: { active: true }, page: { limit: 2 }) { items { id } } }', {}, token);
  const [first, second] = products.items;
  if (!first || !second) throw new Error('The demo seed has fewer than two active products');
  const suffix = Date.now().toString(36).toUpperCase();
  const amounts = [4000 + (Date.now() % 997), 987];
  const saleDate = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
  const input = {
    saleDate,
    currency: 'EUR',
    lines: [
      { productId: first.id, quantity: 3, amount: amounts[0], channel: 'IN_STORE', invoiceReference: `E2E-VAL-${suffix}-1` },
      { productId: second.id, quantity: 1, amount: amounts[1], channel: 'ONLINE', invoiceReference: `E2E-VAL-${suffix}-2` },
    ],
  };
  const created = await graphql<{ createDeclaration: { id: string } }>('mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }', { input }, token);
  const id = created.createDeclaration.id;
  await submit(id, token);
  return { total: amounts[0] + amounts[1], id, token, input };
}

const submit = (id: string, token: string) =>
  graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id, key: `e2e-val-${id}-${Date.now()}` }, token);

/** A message with a formatted count ({{count, number}}), whatever the count, in either language. */
const anyCount = (key: string) => new RegExp(either(key).source.replace(/\\\{\\\{count, number\\\}\\\}/g, '.*'));

/** The queue filtered to one amount, then that declaration's page. */
async function openFromQueue(page: Page, total: number): Promise<void> {
  await page.goto(appUrl('back-office', `/declarations?min=${total}&max=${total}`));
  await page.getByRole('heading', { level: 1, name: either('backofficeDeclarations.queue.title') }).waitFor();
  const rows = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Chauffage Dupont' }) });
  await rows.first().waitFor();
  expect(await rows.count()).toBe(1);
  await rows.first().getByRole('link', { name: 'Chauffage Dupont' }).click();
  await page.getByRole('heading', { level: 1, name: either('backofficeDeclarations.detail.title') }).waitFor();
}

/** The bell's unread count, read from its accessible name ("Notifications, 3 unread", or "Notifications" for none). */
const unreadInBell = (page: Page) =>
  page.evaluate(() => Number((document.querySelector('header .r-bell')?.getAttribute('aria-label') ?? '').replace(/\D/g, '') || 0));

/** The declarer, on a phone, sees the bell's count, opens the notifications page and follows the decision's link. */
async function followNotification(id: string): Promise<void> {
  const portal = await signIn('portal', DEMO.partnerAdmin, PHONE);
  const bell = portal.getByRole('banner').getByRole('link', { name: new RegExp(`${anyCount('notifications.bellUnread_one').source}|${anyCount('notifications.bellUnread_other').source}`) });
  await bell.waitFor();
  const unread = await unreadInBell(portal);
  expect(unread).toBeGreaterThan(0);
  await bell.click();
  await portal.getByRole('heading', { level: 1, name: either('notifications.title') }).waitFor();
  const list = portal.getByRole('list', { name: either('notifications.listLabel') });
  const decided = list.getByRole('link', { name: either('notifications.kind.DECLARATION_DECIDED_PARTIALLY_APPROVED', { exact: false }) }).first();
  await decided.waitFor();
  expect(await decided.innerText()).not.toMatch(/\{\{/);
  await expectAccessible(portal, 'The portal notifications page');
  await decided.click();
  await portal.waitForURL((url) => url.pathname === `/declarations/${id}`);
  await portal.getByRole('heading', { level: 1 }).waitFor();
  // Opening it marked it read: the bell counts one fewer.
  await portal.waitForFunction((before) => Number((document.querySelector('header .r-bell')?.getAttribute('aria-label') ?? '').replace(/\D/g, '') || 0) === before - 1, unread);
}

describe('Validating declarations in the back-office', () => {
  it('lets a channel manager approve one line, reject the other with a reason, and see the points earned; the declarer is notified', async () => {
    const { total, id } = await declareTwoLines();

    const page = await signIn('back-office', DEMO.channelManager);
    await page.getByRole('navigation', { name: either('nav.main'), includeHidden: true }).getByRole('link', { name: either('backofficeDeclarations.nav'), includeHidden: true }).waitFor({ state: 'attached' });
    await openFromQueue(page, total);
    const first = page.getByTestId('line-1');
    const second = page.getByTestId('line-2');
    // What the line would earn is shown before deciding.
    await first.getByText(either('backofficeDeclarations.detail.wouldEarn', { exact: false })).waitFor();
    await first.getByRole('radio', { name: either('backofficeDeclarations.detail.approve') }).check();
    await second.getByRole('radio', { name: either('backofficeDeclarations.detail.reject') }).check();
    await second.getByLabel(either('backofficeDeclarations.detail.reason')).selectOption('WRONG_AMOUNT');
    await second.getByLabel(either('backofficeDeclarations.detail.message', { exact: false })).fill('The invoice says 897 EUR.');
    await page.getByRole('button', { name: either('backofficeDeclarations.detail.saveDecisions') }).click();

    await page.getByText(either('backofficeDeclarations.detail.decided')).waitFor();
    await page.getByTestId('line-1-points').getByText(either('backofficeDeclarations.detail.earned', { exact: false })).waitFor();
    expect(await page.getByTestId('line-1-points').innerText()).toMatch(/\d+\s?pts?/);
    await page.getByTestId('line-2-points').getByText(either('declarations.rejectReason.WRONG_AMOUNT', { exact: false })).waitFor();
    await page.getByTestId('line-2-points').getByText('The invoice says 897 EUR.', { exact: false }).waitFor();
    await page.getByText(either('declarations.status.PARTIALLY_APPROVED')).first().waitFor();
    await expectAccessible(page, 'A decided declaration in the back-office');

    await followNotification(id);
  });

  it('sends a declaration back for information, and approves it once the partner has resubmitted it', async () => {
    const { total, id, token, input } = await declareTwoLines();
    const page = await signIn('back-office', DEMO.channelManager);
    await openFromQueue(page, total);
    await page.getByRole('button', { name: either('backofficeDeclarations.detail.askInfo') }).click();
    const dialog = page.getByRole('dialog', { name: either('backofficeDeclarations.detail.askInfoTitle') });
    await dialog.getByLabel(either('backofficeDeclarations.detail.askInfoMessage')).fill('Please attach the invoice of line 1.');
    await dialog.getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: either('backofficeDeclarations.detail.send') }).click();
    await page.getByText(either('backofficeDeclarations.detail.infoRequested')).waitFor();
    await page.getByText('Please attach the invoice of line 1.').waitFor();
    await page.getByText(either('declarations.status.NEEDS_INFO')).first().waitFor();

    // The partner answers by correcting and resubmitting the declaration.
    await graphql('mutation ($id: ID!, $input: DeclarationInput!) { updateDeclaration(id: $id, input: $input) { id } }', { id, input }, token);
    await submit(id, token);

    await openFromQueue(page, total);
    await page.getByRole('button', { name: either('backofficeDeclarations.detail.approveAll') }).click();
    await page.getByText(either('backofficeDeclarations.detail.approvedAll')).waitFor();
    await page.getByText(either('declarations.status.APPROVED')).first().waitFor();
    await page.getByTestId('line-2-points').getByText(either('backofficeDeclarations.detail.earned', { exact: false })).waitFor();

    // And takes the points back with a reason.
    await page.getByRole('button', { name: either('backofficeDeclarations.detail.reverse') }).click();
    const reverse = page.getByRole('dialog', { name: either('backofficeDeclarations.detail.reverseTitle') });
    await reverse.getByLabel(either('backofficeDeclarations.detail.reverseReason')).fill('The customer returned the goods.');
    await reverse.getByRole('button', { name: either('backofficeDeclarations.detail.reverse') }).click();
    await page.getByText(either('backofficeDeclarations.detail.reversed')).waitFor();
    await page.getByText('The customer returned the goods.').waitFor();
  });

  it('approves a selection of declarations from the queue after a confirmation', async () => {
    const declared = [await declareTwoLines(), await declareTwoLines()];
    const min = Math.min(...declared.map((d) => d.total));
    const max = Math.max(...declared.map((d) => d.total));
    const page = await signIn('back-office', DEMO.brandAdmin);
    await page.goto(appUrl('back-office', `/declarations?min=${min}&max=${max}`));
    const table = page.getByRole('table', { name: either('backofficeDeclarations.queue.caption') });
    await table.getByRole('link').first().waitFor();
    await expectAccessible(page, 'The declarations queue');
    await table.getByRole('checkbox', { name: either('backofficeDeclarations.queue.selectAll') }).check();
    const selected = await table.getByRole('checkbox', { checked: true }).count();
    expect(selected).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: anyCount('backofficeDeclarations.queue.approveSelected_other') }).click();
    const dialog = page.getByRole('dialog', { name: either('backofficeDeclarations.queue.confirmTitle') });
    await dialog.getByRole('button', { name: anyCount('backofficeDeclarations.queue.approveSelected_other') }).click();
    await page.getByText(anyCount('backofficeDeclarations.queue.approved_other')).waitFor();
    await page.getByText(either('backofficeDeclarations.queue.empty')).waitFor();
  });
});

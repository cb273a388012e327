import { apiSignIn, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** "1 234" in either language (French groups with a narrow no-break space). */
const eitherNumber = (value: number) =>
  new RegExp(['en', 'fr'].map((locale) => new Intl.NumberFormat(locale).format(value).replace(/\s/g, '\\s')).join('|'));

describe('Points in the partner portal', () => {
  it('shows a partner admin the points the brand granted, with the reason in the history', async () => {
    const admin = await apiSignIn(DEMO.brandAdmin);
    const partnerAdmin = await apiSignIn(DEMO.partnerAdmin);
    const owner = { ownerType: 'USER', ownerId: partnerAdmin.userId };
    const before = await graphql<{ wallet: { available: number } }>('query ($owner: WalletOwnerInput!) { wallet(owner: $owner) { available } }', { owner }, admin.token);
    const suffix = Date.now().toString(36);
    const reason = `E2E thank-you for the spring launch ${suffix}`;
    await graphql(
      'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }',
      { input: { ...owner, amount: 1234, reason, idempotencyKey: `e2e-points-${suffix}` } },
      admin.token,
    );

    const page = await signIn('portal', DEMO.partnerAdmin);
    await page.getByRole('navigation', { name: either('nav.main') }).getByRole('link', { name: either('portalPoints.title') }).click();
    await page.getByRole('heading', { level: 1, name: either('portalPoints.title') }).waitFor();

    const myWallet = page.locator('section', { has: page.getByRole('heading', { name: either('portalPoints.wallets.mine') }) });
    await myWallet.getByText(eitherNumber(before.wallet.available + 1234)).first().waitFor();

    const history = page.getByRole('table', { name: either('portalPoints.history.caption', { exact: false }) });
    const row = history.getByRole('row').filter({ hasText: reason });
    await row.waitFor();
    await row.getByText(either('portalPoints.kind.MANUAL_ADJUSTMENT')).waitFor();
    await row.getByText(eitherNumber(1234)).waitFor();
    expect(await row.innerText()).toContain('+');
    await expectAccessible(page, 'The portal points page');
  });

  it('tells a partner member on a phone what a sale would earn, line by line', async () => {
    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    await page.goto(appUrl('portal', '/points/simulate'));
    await page.getByRole('heading', { level: 1, name: either('portalPoints.simulate.title') }).waitFor();
    const product = page.getByLabel(either('portalDeclarations.form.product'));
    await product.locator('option').nth(1).waitFor({ state: 'attached' });
    await product.selectOption({ index: 1 });
    await page.getByLabel(either('portalPoints.simulate.quantity')).fill('12');
    await page.getByLabel(either('portalPoints.simulate.amount')).fill('2400');
    await page.getByLabel(either('portalPoints.simulate.feedback')).check();
    await page.getByRole('button', { name: either('portalPoints.simulate.submit') }).click();

    const lines = page.getByRole('table', { name: either('portalPoints.simulate.lineCaption') });
    await lines.getByRole('row').nth(1).waitFor();
    await page.getByText(either('portalPoints.simulate.total', { exact: false })).waitFor();
    await expectAccessible(page, 'The portal earnings simulator');
  });
});

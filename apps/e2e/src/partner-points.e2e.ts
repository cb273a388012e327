import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe("A partner's points in the back-office", () => {
  it('lets a brand admin adjust a partner’s points once, even on a double submit, and shows the new balance and the reason', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    await page.goto(appUrl('back-office', '/partners'));
    await page.getByRole('table', { name: either('backoffice.partners.tableCaption') }).getByRole('link').first().click();
    const available = page.getByTestId('wallet-available');
    await available.waitFor();
    const before = Number((await available.innerText()).replace(/\D/g, ''));
    const reason = `E2E goodwill ${Date.now().toString(36)}`;

    await page.getByRole('button', { name: either('backofficePoints.wallet.adjust') }).click();
    const dialog = page.getByRole('dialog', { name: either('backofficePoints.wallet.adjust') });
    await dialog.getByLabel(either('backofficePoints.wallet.adjustAmount')).fill('75');
    await dialog.getByLabel(either('backofficePoints.wallet.adjustReason')).fill(reason);
    const submit = page.getByRole('button', { name: either('backofficePoints.wallet.adjustSubmit') });
    await submit.dblclick();

    await page.getByText(either('backofficePoints.wallet.adjusted', { exact: false })).waitFor();
    await available.filter({ hasText: new RegExp(`^${String(before + 75).replace(/\B(?=(\d{3})+$)/g, '\\D?')}$`) }).waitFor();
    const history = page.getByRole('table', { name: either('backofficePoints.wallet.historyCaption') });
    await history.getByRole('row').filter({ hasText: reason }).waitFor();
    expect(await history.getByRole('row').filter({ hasText: reason }).count()).toBe(1);
  });
});

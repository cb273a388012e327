import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('Importing a file of declarations in the partner portal', () => {
  it('shows the one bad row of a file with its column and problem, imports nothing, then imports the fixed file as declarations', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const csv = (secondSku: string) =>
      [
        'sale_date;product_sku;quantity;amount;currency;channel;invoice_reference;serial_numbers',
        `${daysAgo(3)};HP-AW-06;2;4321,50;EUR;IN_STORE;E2E-IMP-${suffix}-1;`,
        `${daysAgo(4)};${secondSku};1;1250;EUR;ONLINE;E2E-IMP-${suffix}-2;SN-${suffix}-A|SN-${suffix}-B`,
        `${daysAgo(5)};BL-CD-24;3;2890,10;EUR;IN_STORE;E2E-IMP-${suffix}-3;`,
      ].join('\r\n');

    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    // Each chunk takes a moment longer, so the progress bar can be seen while the file goes up.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('addDeclarationImportRows')) await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await page.goto(appUrl('portal', '/declarations'));
    await page.getByRole('link', { name: either('portalDeclarationImports.link') }).click();
    await page.getByRole('heading', { level: 1, name: either('portalDeclarationImports.title') }).waitFor();

    const chooseFile = async (content: string) => {
      await page.getByLabel(either('portalDeclarationImports.file')).setInputFiles({ name: `sell-out-${suffix}.csv`, mimeType: 'text/csv', buffer: Buffer.from(content) });
      await page.getByRole('button', { name: either('portalDeclarationImports.check') }).click();
    };

    await chooseFile(csv('NO-SUCH-SKU'));
    const progress = page.getByRole('progressbar');
    await progress.waitFor();
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    await page.getByRole('heading', { name: either('portalDeclarationImports.preview.title') }).waitFor();
    await page.getByText(either('portalDeclarationImports.preview.hasErrors_one')).waitFor();
    const errors = page.getByRole('table', { name: either('portalDeclarationImports.preview.errorsCaption') });
    const badRow = errors.getByRole('row').filter({ hasText: 'product_sku' });
    expect(await badRow.count()).toBe(1);
    expect(await badRow.getByRole('cell').first().textContent()).toBe('2');
    await badRow.getByText(either('errors.PRODUCT_NOT_FOUND', { exact: false })).waitFor();
    expect(await page.getByRole('button', { name: either('portalDeclarationImports.preview.confirm') }).count()).toBe(0);
    await expectAccessible(page, 'The preview of a file with a bad row');

    // The reseller fixes the file and sends it again.
    await page.getByRole('button', { name: either('portalDeclarationImports.preview.restart') }).click();
    await chooseFile(csv('HP-AW-08'));
    await page.getByText(either('portalDeclarationImports.preview.ready_other')).waitFor();
    await page.getByRole('button', { name: either('portalDeclarationImports.preview.confirm') }).click();

    await page.waitForURL(/\/declarations$/);
    await page.getByText(either('portalDeclarationImports.imported_other')).waitFor();
    const list = page.getByRole('table', { name: either('portalDeclarations.list.caption') });
    await list.getByText(/4[\s\u202f\u00a0,.]?321[.,]50/).waitFor();
    await list.getByText(/2[\s\u202f\u00a0,.]?890[.,]10/).waitFor();
    await expectAccessible(page, 'The declarations after an import');

    // The imported file is listed, and can still be withdrawn: the brand has decided nothing yet.
    await page.goto(appUrl('portal', '/declarations/import'));
    await page.getByRole('button', { name: either('portalDeclarationImports.list.withdrawLabel') }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: either('portalDeclarationImports.list.withdrawConfirm') }).click();
    await page.getByText(either('portalDeclarationImports.list.withdrawn')).waitFor();
  });
});

import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Partners in the back-office', () => {
  it('creates a partner that is then found in the list', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    const suffix = Date.now().toString(36).toUpperCase();
    const name = `E2E Chauffage ${suffix}`;

    await page.goto(appUrl('back-office', '/partners/new'));
    await page.getByLabel(either('backoffice.partners.fields.code')).fill(`E2E-${suffix}`);
    await page.getByLabel(either('backoffice.partners.fields.name')).fill(name);
    for (const field of ['type', 'brandModel', 'potential', 'country']) {
      await page.getByLabel(either(`backoffice.partners.fields.${field}`)).selectOption({ index: 1 });
    }
    await page.getByRole('button', { name: either('common.create') }).click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}/);

    await page.goto(appUrl('back-office', '/partners'));
    await page.getByLabel(either('backoffice.partners.searchLabel')).fill(suffix);
    const table = page.getByRole('table', { name: either('backoffice.partners.tableCaption') });
    await table.getByRole('link', { name }).waitFor();
  });

  it('reports the one bad row of a CSV import and imports nothing', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    const suffix = Date.now().toString(36).toUpperCase();
    const csv = [
      'code,name,type,brand_model,potential,country,region,city,channel_manager_email',
      `CSV-${suffix}-1,Good Heating ${suffix},INSTALLER,MULTI_BRAND,A,FR,Bretagne,Rennes,claire.martin@relais.demo`,
      `CSV-${suffix}-2,Bad Heating ${suffix},SPACESHIP,MULTI_BRAND,B,FR,Bretagne,Brest,`,
    ].join('\n');

    await page.goto(appUrl('back-office', '/partners/import'));
    await page.getByLabel(either('backoffice.csv.file')).setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

    const errors = page.getByRole('table', { name: either('backoffice.csv.errorsCaption', { exact: false }) });
    await errors.waitFor();
    const rows = errors.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('type');
    expect(await page.getByRole('button', { name: either('backoffice.csv.import') }).isDisabled()).toBe(true);

    // Nothing was written: the good row is not in the list either.
    await page.goto(appUrl('back-office', '/partners'));
    await page.getByLabel(either('backoffice.partners.searchLabel')).fill(suffix);
    await page.getByText(either('backoffice.partners.empty')).waitFor();
  });
});

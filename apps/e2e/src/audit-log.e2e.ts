import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Audit log', () => {
  it("a brand admin changes a partner's city and finds the change, before and after, in its history, at 390 px and accessibly", async () => {
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    const city = `Audit ${Date.now().toString(36)}`;

    await page.goto(appUrl('back-office', '/partners'));
    await page.getByRole('table', { name: either('backoffice.partners.tableCaption') }).getByRole('link').first().click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}/);
    const partnerId = new URL(page.url()).pathname.split('/').at(-1) as string;
    await page.getByRole('button', { name: either('common.edit') }).click();
    const cityField = page.getByLabel(either('backoffice.partners.fields.city', { exact: false }));
    const before = await cityField.inputValue();
    await cityField.fill(city);
    await page.getByRole('button', { name: either('common.save') }).click();
    await page.getByText(city).first().waitFor();

    await page.getByRole('link', { name: either('audit.historyLink') }).click();
    await page.waitForURL(/\/audit\?objectId=/);
    const list = page.getByRole('list', { name: either('audit.listLabel') });
    const entry = list.getByRole('listitem').filter({ has: page.getByText(either('audit.action.UPDATE')) }).first();
    await entry.waitFor();
    expect(await entry.innerText()).toContain('updatePartner');
    await entry.getByText(either('audit.changes_other', { exact: false })).click();
    const row = entry.getByRole('row').filter({ hasText: 'city' });
    expect(await row.innerText()).toContain(before);
    expect(await row.innerText()).toContain(city);

    await expectAccessible(page, 'the audit log with an entry opened');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The city back, for the other files of the run.
    const update = 'mutation ($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { id } }';
    await graphql(update, { id: partnerId, input: { city: before } }, await apiToken(DEMO.brandAdmin));
  });
});

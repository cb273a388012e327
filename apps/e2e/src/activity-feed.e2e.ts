import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Activity feed', () => {
  it('the brand admin anonymises the feed in the programme settings, and the settings page stays accessible at 390 px', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/settings/programme'));
    const names = page.getByRole('checkbox', { name: either('feed.settings.showPartnerNames') });
    await names.waitFor();
    await names.uncheck();
    const section = page.getByRole('region', { name: either('feed.settings.title') }).or(page.locator('section').filter({ has: names }));
    await section.getByRole('button', { name: either('common.save') }).click();
    await page.locator('.r-live-region').filter({ hasText: either('feed.settings.saved') }).waitFor();
    await expectAccessible(page, 'the programme settings with the feed section');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Names back on, for the other files of the run.
    await names.check();
    await section.getByRole('button', { name: either('common.save') }).click();
    await page.locator('.r-live-region').filter({ hasText: either('feed.settings.saved') }).waitFor();
  });

  it('a reseller opens the network activity from the navigation, at 390 px and accessibly', async () => {
    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    await page.goto(appUrl('portal', '/feed'));
    await page.getByRole('heading', { level: 1, name: either('feed.title') }).waitFor();
    await page.getByRole('list', { name: either('feed.listLabel') }).or(page.getByText(either('feed.empty'))).first().waitFor();
    await expectAccessible(page, 'the activity feed page');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

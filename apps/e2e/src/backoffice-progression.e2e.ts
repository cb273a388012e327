import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Journey and tiers in the back-office', () => {
  it('shows a channel manager on a phone the funnel of their partners by stage, as a chart and a table', async () => {
    const page = await signIn('back-office', DEMO.channelManager, PHONE);
    await page.goto(appUrl('back-office', '/journey'));
    await page.getByRole('heading', { level: 1, name: either('backofficeProgression.funnel.title') }).waitFor();
    const table = page.getByRole('table', { name: either('backofficeProgression.funnel.tableCaption') });
    await table.waitFor();
    // A header row and the four stages.
    expect(await table.getByRole('row').count()).toBe(5);
    await table.getByRole('row').filter({ hasText: /Integration|Intégration/ }).waitFor();
    // Configuring the stages is for brand admins.
    expect(await page.getByRole('link', { name: either('backofficeProgression.funnel.configure') }).count()).toBe(0);
    await expectAccessible(page, 'The stage funnel on a phone');
  });

  it('refuses two tiers with the same threshold under the field, and saves nothing', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    await page.goto(appUrl('back-office', '/tiers'));
    await page.getByRole('heading', { level: 1, name: either('backofficeProgression.tiers.title') }).waitFor();
    const second = page.getByRole('group', { name: /^(?:Tier 2|Niveau 2)$/ });
    const threshold = second.getByLabel(either('backofficeProgression.tiers.threshold'));
    const before = await threshold.inputValue();
    await threshold.fill('0');
    await page.getByRole('button', { name: either('backofficeProgression.tiers.save') }).click();
    await second.getByText(either('errors.TIER_THRESHOLD_TAKEN')).waitFor();
    await expectAccessible(page, 'The tiers page with a field error');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: either('backofficeProgression.tiers.title') }).waitFor();
    expect(await page.getByRole('group', { name: /^(?:Tier 2|Niveau 2)$/ }).getByLabel(either('backofficeProgression.tiers.threshold')).inputValue()).toBe(before);
  });

  it('lets a brand admin read the stages to configure', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.goto(appUrl('back-office', '/journey/stages'));
    await page.getByRole('heading', { level: 1, name: either('backofficeProgression.stages.title') }).waitFor();
    await page.getByRole('group', { name: /^(?:Criterion 1|Critère 1)$/ }).first().waitFor();
    await expectAccessible(page, 'The stages configuration on a phone');
  });

  it("shows a partner's stages and tier on the partner's page", async () => {
    const page = await signIn('back-office', DEMO.channelManager);
    await page.goto(appUrl('back-office', '/partners'));
    await page.getByRole('table', { name: either('backoffice.partners.tableCaption') }).getByRole('link').first().click();
    const journey = page.getByRole('table', { name: either('backofficeProgression.partner.journeyCaption') });
    await journey.waitFor();
    expect(await journey.getByRole('row').count()).toBe(5);
    await expectAccessible(page, "A partner's page with its journey");
  });
});

import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Badges and objectives in the back-office', () => {
  it('lets a brand admin on a phone create a badge after the API named the missing field', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    const suffix = Date.now().toString(36).toUpperCase();
    await page.goto(appUrl('back-office', '/badges/new'));
    await page.getByRole('heading', { level: 1, name: either('badges.admin.createTitle') }).waitFor();
    const save = page.getByRole('button', { name: either('badges.admin.save') });
    await save.click();
    const nameEn = page.getByLabel(either('badges.admin.nameEn', { exact: false }));
    await page.waitForFunction(() => document.querySelector('input[name="nameEn"]')?.getAttribute('aria-invalid') === 'true');
    await expectAccessible(page, 'The badge editor with an error');

    await nameEn.fill(`Networker ${suffix}`);
    await page.getByLabel(either('badges.admin.nameFr', { exact: false })).fill(`Réseauteur ${suffix}`);
    await page.getByRole('radio', { name: either('badges.icon.HANDSHAKE') }).check();
    await page.getByLabel(either('badges.admin.metric')).selectOption('FEEDBACK_GIVEN');
    await page.getByLabel(either('badges.admin.threshold', { exact: false })).fill('20');
    await page.getByLabel(either('badges.admin.window')).selectOption('CURRENT_PERIOD');
    await page.getByLabel(either('badges.admin.repeat')).selectOption('ONCE_PER_PERIOD');
    await page.getByLabel(either('badges.admin.points', { exact: false })).fill('50');
    // Left inactive, so no partner of the other browser tests earns it.
    await page.getByLabel(either('badges.admin.activeLabel')).uncheck();
    await save.click();

    await page.waitForURL(/\/badges$/);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: new RegExp(`^(?:Networker|Réseauteur) ${suffix}$`) }) });
    await row.getByText(either('badges.admin.inactive')).waitFor();
    await expectAccessible(page, 'The badge list');
  });

  it('lets a channel manager create an objective for one of their partners and follow it in the list', async () => {
    const page = await signIn('back-office', DEMO.channelManager);
    await page.goto(appUrl('back-office', '/objectives/new'));
    const single = page.locator('form').first();
    const partner = single.getByLabel(either('objectives.admin.partner', { exact: false }));
    await partner.locator('option', { hasText: 'P-FR-002' }).waitFor({ state: 'attached' });
    await partner.selectOption({ label: (await partner.locator('option', { hasText: 'P-FR-002' }).innerText()).trim() });
    await single.getByLabel(either('objectives.admin.metric')).selectOption('DECLARATIONS_APPROVED');
    await single.getByLabel(either('objectives.admin.target', { exact: false })).fill('12');
    await single.getByLabel(either('objectives.admin.points', { exact: false })).fill('120');
    await single.getByRole('button', { name: either('objectives.admin.create') }).click();
    await page.getByText(either('objectives.admin.created')).waitFor();
    await expectAccessible(page, 'The objective forms');

    await page.goto(appUrl('back-office', '/objectives'));
    const row = page.getByRole('row').filter({ hasText: 'Thermique Bretagne' }).filter({ hasText: /12/ });
    await row.first().waitFor();
    await expectAccessible(page, 'The objectives list');
  });
});

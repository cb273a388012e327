import { expectAccessible } from './support/axe';
import { newPage, PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Accessibility on a phone (390 × 844, axe WCAG 2 A/AA)', () => {
  it('has no serious violation on the sign-in pages', async () => {
    const page = await newPage(PHONE);
    for (const app of ['portal', 'back-office'] as const) {
      await page.goto(appUrl(app, '/sign-in'));
      await page.getByRole('button', { name: either('auth.signIn.submit') }).waitFor();
      await expectAccessible(page, `The ${app} sign-in page`);
    }
  });

  it('has no serious violation on the partner portal home and team pages', async () => {
    const page = await signIn('portal', DEMO.partnerAdmin, PHONE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'The portal home page');
    await page.goto(appUrl('portal', '/team'));
    await page.getByRole('heading', { level: 1, name: either('portal.team.title') }).waitFor();
    await expectAccessible(page, 'The portal team page');
  });

  it('has no serious violation on the notifications page of either app', async () => {
    for (const [app, email] of [['portal', DEMO.partnerMember], ['back-office', DEMO.channelManager]] as const) {
      const page = await signIn(app, email, PHONE);
      await page.goto(appUrl(app, '/notifications'));
      await page.getByRole('heading', { level: 1, name: either('notifications.title') }).waitFor();
      await page.getByRole('checkbox', { name: either('notifications.unreadOnly') }).waitFor();
      await expectAccessible(page, `The ${app} notifications page`);
    }
  });

  it('has no serious violation on the back-office home and partners pages', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, 'The back-office home page');
    await page.goto(appUrl('back-office', '/partners'));
    await page.getByRole('table', { name: either('backoffice.partners.tableCaption') }).waitFor();
    await expectAccessible(page, 'The back-office partners page');
  });
});

import { newPage } from './support/browser';
import { either } from './support/i18n';
import { DEMO, fillSignIn, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Signing in', () => {
  it('takes a partner admin to the partner portal, with its navigation', async () => {
    const page = await signIn('portal', DEMO.partnerAdmin);
    const nav = page.getByRole('navigation', { name: either('nav.main') });
    await nav.getByRole('link', { name: either('nav.home') }).waitFor();
    await nav.getByRole('link', { name: either('nav.team') }).waitFor();
  });

  it('takes the brand admin to the back-office, with its navigation', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    const nav = page.getByRole('navigation', { name: either('nav.main') });
    await nav.getByRole('link', { name: either('nav.partners') }).waitFor();
    await nav.getByRole('link', { name: either('nav.products') }).waitFor();
  });

  it('takes a channel manager to the back-office', async () => {
    const page = await signIn('back-office', DEMO.channelManager);
    await page.getByRole('navigation', { name: either('nav.main') }).getByRole('link', { name: either('nav.partners') }).waitFor();
  });

  it('keeps two tabs signed in when they reload at the same moment', async () => {
    // Each tab exchanges the shared refresh token on load; spent twice, the server would end the session.
    const first = await signIn('portal', DEMO.partnerAdmin);
    const second = await first.context().newPage();
    await second.goto(appUrl('portal', '/team'));
    for (let round = 0; round < 3; round += 1) {
      await Promise.all([first.reload(), second.reload()]);
      for (const page of [first, second]) {
        await page.getByRole('navigation', { name: either('nav.main') }).getByRole('link', { name: either('nav.team') }).waitFor();
      }
    }
    expect(await second.getByRole('button', { name: either('auth.signIn.submit') }).count()).toBe(0);
  });

  it('keeps a partner member out of the back-office pages', async () => {
    const page = await newPage();
    await page.goto(appUrl('back-office', '/partners'));
    await fillSignIn(page, DEMO.partnerMember);
    await page.getByRole('heading', { name: either('auth.guard.notAllowedTitle') }).waitFor();
    expect(await page.getByRole('table', { name: either('backoffice.partners.tableCaption') }).count()).toBe(0);
    expect(await page.getByRole('link', { name: either('nav.partners') }).count()).toBe(0);

    // Typing the address of another page does not get past the guard either.
    await page.goto(appUrl('back-office', '/users'));
    await page.getByRole('heading', { name: either('auth.guard.notAllowedTitle') }).waitFor();
  });
});

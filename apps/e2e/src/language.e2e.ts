import type { Page } from 'playwright-core';

import { either, message } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';

/** Switches to the language not shown now, and returns it. */
async function switchLanguage(page: Page): Promise<'en' | 'fr'> {
  const switcher = page.getByLabel(either('common.language')).first();
  const current = await switcher.inputValue();
  const other = current === 'fr' ? 'en' : 'fr';
  await switcher.selectOption(other);
  return other;
}

describe('The language switcher', () => {
  it('translates the partner portal at once', async () => {
    const page = await signIn('portal', DEMO.partnerAdmin);
    const language = await switchLanguage(page);
    const nav = page.getByRole('navigation', { name: message(language, 'nav.main') });
    await nav.getByRole('link', { name: message(language, 'nav.team'), exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
  });

  it('translates the back-office at once', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    const language = await switchLanguage(page);
    const nav = page.getByRole('navigation', { name: message(language, 'nav.main') });
    await nav.getByRole('link', { name: message(language, 'nav.partners'), exact: true }).waitFor();
    await nav.getByRole('link', { name: message(language, 'nav.products'), exact: true }).waitFor();
  });
});

import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl, systemUrls } from './support/system';

/** What the API answers a request made with the key (the first error code, or OK). */
async function useKey(secret: string): Promise<string> {
  const response = await fetch(`${systemUrls().api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: '{ products { total } }' }),
  });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return answer.errors?.[0]?.extensions?.code ?? 'OK';
}

describe('API keys in the partner portal', () => {
  it('lets a partner admin create a key, see it once, and revoke it, on a phone', async () => {
    const page = await signIn('portal', DEMO.partnerAdmin, PHONE);
    const name = `ERP ${Date.now().toString(36)}`;
    await page.goto(appUrl('portal', '/api-keys'));
    await page.getByRole('heading', { name: either('integration.keys.title') }).waitFor();

    await page.getByLabel(either('integration.keys.name')).fill(name);
    await page.getByRole('button', { name: either('integration.keys.create') }).click();
    const secretField = page.getByLabel(either('integration.keys.secretLabel'));
    await secretField.waitFor();
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^rk_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: either('integration.keys.copy') }).waitFor();
    await expectAccessible(page, 'The API keys page showing a new key');
    expect(await useKey(secret)).toBe('OK');

    // Once dismissed, the key is never shown again: the list has its first characters only.
    await page.getByRole('button', { name: either('integration.keys.done') }).click();
    await secretField.waitFor({ state: 'detached' });
    const table = page.getByRole('table', { name: either('integration.keys.caption') });
    const row = table.locator('tr', { hasText: name });
    await row.waitFor();
    expect(await row.innerText()).toContain(secret.slice(0, 11));
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: either('integration.keys.revokeLabel') }).click();
    const dialog = page.getByRole('dialog', { name: either('integration.keys.revokeTitle') });
    await dialog.getByRole('button', { name: either('integration.keys.revokeConfirm') }).click();
    await row.getByText(either('integration.keys.revoked')).waitFor();
    await page.getByText(either('integration.keys.revokedStatus')).waitFor();
    await expectAccessible(page, 'The API keys page after a revocation');
    expect(await useKey(secret)).toBe('API_KEY_INVALID');
  });
});

describe('Webhooks in the back-office', () => {
  it('lets a brand admin add an endpoint, see its signing secret once, open its deliveries and delete it, on a phone', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin, PHONE);
    const url = `https://hooks.example.com/relais-${Date.now().toString(36)}`;
    await page.goto(appUrl('back-office', '/webhooks'));
    await page.getByRole('heading', { name: either('integration.webhooks.title') }).waitFor();

    await page.getByLabel(either('integration.webhooks.url')).fill(url);
    await page.getByLabel(either('integration.webhooks.eventName.DECLARATION_DECIDED')).uncheck();
    await page.getByLabel(either('integration.webhooks.eventName.BADGE_EARNED')).check();
    await page.getByRole('button', { name: either('integration.webhooks.create') }).click();
    const secretField = page.getByLabel(either('integration.webhooks.secretLabel'));
    expect(await secretField.inputValue()).toMatch(/^whsec_/);
    await expectAccessible(page, 'The webhooks page showing a signing secret');
    await page.getByRole('button', { name: either('integration.webhooks.done') }).click();

    const row = page.getByRole('table', { name: either('integration.webhooks.caption') }).locator('tr', { hasText: url });
    await row.getByRole('button', { name: either('integration.webhooks.deliveries') }).click();
    await page.getByText(either('integration.webhooks.deliveriesEmpty')).waitFor();
    await expectAccessible(page, 'The webhooks page with an endpoint’s deliveries');

    await row.getByRole('button', { name: either('integration.webhooks.delete') }).click();
    await page.getByRole('dialog', { name: either('integration.webhooks.deleteTitle') }).getByRole('button', { name: either('integration.webhooks.delete') }).click();
    await page.getByText(either('integration.webhooks.deleted')).waitFor();
    await row.waitFor({ state: 'detached' });
  });
});

import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

describe('Earning rules in the back-office', () => {
  it('lets a brand admin create a base rule for a product and see what a sale would earn with it', async () => {
    const page = await signIn('back-office', DEMO.brandAdmin);
    const name = `E2E buffer tank ${Date.now().toString(36)}`;

    await page.goto(appUrl('back-office', '/earning-rules/new'));
    await page.getByLabel(either('backofficePoints.form.name')).fill(name);
    await page.getByLabel(either('backofficePoints.form.effectiveFrom')).fill('2030-01-01');
    await page.getByLabel(either('backofficePoints.form.pointsPerUnit')).fill('7');
    await page.getByLabel(either('backofficePoints.form.productSearch')).fill('AX-BT-100');
    const product = page.getByLabel(either('backofficePoints.form.product'));
    await product.locator('option', { hasText: 'AX-BT-100' }).waitFor({ state: 'attached' });
    await product.selectOption({ label: (await product.locator('option', { hasText: 'AX-BT-100' }).innerText()).trim() });
    await page.getByRole('button', { name: either('backofficePoints.form.create') }).click();
    await page.waitForURL(/\/earning-rules\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.goto(appUrl('back-office', '/earning-rules'));
    await page.getByRole('link', { name }).waitFor();
    const simulation = page.getByRole('region', { name: either('backofficePoints.simulate.title') });
    await simulation.getByLabel(either('backofficePoints.simulate.saleDate')).fill('2030-06-01');
    // A declaration cannot come before its sale (today would be, for a sale in 2030).
    await simulation.getByLabel(either('backofficePoints.simulate.declaredOn')).fill('2030-06-02');
    await simulation.getByLabel(either('backofficePoints.form.productSearch')).fill('AX-BT-100');
    const line = simulation.getByLabel(either('backofficePoints.form.product'));
    await line.locator('option', { hasText: 'AX-BT-100' }).waitFor({ state: 'attached' });
    await line.selectOption({ label: (await line.locator('option', { hasText: 'AX-BT-100' }).innerText()).trim() });
    await simulation.getByLabel(either('backofficePoints.simulate.quantity')).fill('3');
    await simulation.getByRole('button', { name: either('backofficePoints.simulate.run') }).click();

    // 3 units × 7 pts from the new rule (a product rule beats the demo's category rule), no bonus, no cap.
    await simulation.getByTestId('simulation-total').filter({ hasText: /^21\s?pts$/ }).waitFor();
    expect(await simulation.getByRole('table', { name: either('backofficePoints.simulate.resultCaption') }).innerText()).toMatch(/3 (units|unités) × 7 pts/);
  });
});

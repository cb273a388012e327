import { apiToken, graphql } from './support/api';
import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** A real 1x1 PNG; what follows its end chunk makes its hash this run's own (viewers ignore it). */
const proofPng = (suffix: string) =>
  Buffer.concat([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'), Buffer.from(suffix)]);

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** "1 234" in either language (French groups with a narrow no-break space). */
const eitherNumber = (value: number) => ['en', 'fr'].map((locale) => new Intl.NumberFormat(locale).format(value).replace(/\s/g, '\\s')).join('|');

describe('Declaring a sale in the partner portal', () => {
  it('lets a member declare two lines with feedback and a proof; the channel manager sees the proof, and the member the points of the approved line and the reason of the rejected one', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const page = await signIn('portal', DEMO.partnerMember);
    await page.goto(appUrl('portal', '/declarations'));
    await page.getByRole('link', { name: either('portalDeclarations.declare') }).click();
    await page.getByRole('heading', { level: 1, name: either('portalDeclarations.form.newTitle') }).waitFor();

    // Nothing filled in: each missing field says so under its input, and the first one gets the focus.
    await page.getByRole('button', { name: either('portalDeclarations.form.submit') }).click();
    await page.getByRole('alert').getByText(either('portalDeclarations.form.invalid')).waitFor();
    expect(await page.getByText(either('validation.required')).count()).toBeGreaterThanOrEqual(3);
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'date');

    await page.getByLabel(either('portalDeclarations.form.saleDate')).fill(daysAgo(2));
    const products = page.getByLabel(either('portalDeclarations.form.product'));
    await products.first().locator('option').nth(2).waitFor({ state: 'attached' });
    await products.first().selectOption({ index: 1 });
    await page.getByLabel(either('portalDeclarations.form.quantity')).first().fill('3');
    await page.getByLabel(either('portalDeclarations.form.amount')).first().fill('900');
    await page.getByLabel(either('portalDeclarations.form.invoiceReference', { exact: false })).first().fill(`E2E-${suffix}-A`);
    await page.getByRole('button', { name: either('portalDeclarations.form.addLine') }).click();
    await products.nth(1).locator('option').nth(2).waitFor({ state: 'attached' });
    await products.nth(1).selectOption({ index: 2 });
    await page.getByLabel(either('portalDeclarations.form.quantity')).nth(1).fill('1');
    await page.getByLabel(either('portalDeclarations.form.amount')).nth(1).fill('150');
    await page.getByLabel(either('portalDeclarations.form.invoiceReference', { exact: false })).nth(1).fill(`E2E-${suffix}-B`);
    await page.getByRole('radio', { name: /^(?:5 stars|5 étoiles)$/ }).check();
    await page.getByLabel(either('portalDeclarations.form.comment', { exact: false })).fill('Quiet and easy to install');

    // A proof: a file that is not a PDF, JPEG or PNG is refused before any upload, a PNG is sent.
    const proofName = `receipt-${suffix}.png`;
    expect(await page.getByLabel(either('proofs.takePhoto')).getAttribute('capture')).toBe('environment');
    const chooser = page.getByLabel(either('proofs.choose'));
    await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a proof') });
    await page.getByText(either('proofs.wrongType')).first().waitFor();
    await page.getByRole('button', { name: either('proofs.removeNamed') }).filter({ hasText: either('proofs.remove') }).first().click();
    await chooser.setInputFiles({ name: proofName, mimeType: 'image/png', buffer: proofPng(suffix) });
    const proofs = page.getByRole('list', { name: either('proofs.list') });
    await proofs.getByRole('button', { name: new RegExp(proofName.replace(/[.-]/g, '\\$&')) }).waitFor();
    await expectAccessible(page, 'The declaration form');
    await page.getByRole('button', { name: either('portalDeclarations.form.submit') }).dblclick();

    await page.waitForURL(/\/declarations\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop() as string;
    await page.getByRole('heading', { name: proofName }).waitFor();
    await page.getByRole('link', { name: either('proofs.downloadNamed') }).waitFor();
    await page.goto(appUrl('portal', '/declarations'));
    const row = page.getByRole('row').filter({ has: page.locator(`a[href="/declarations/${id}"]`) });
    await row.getByText(either('declarations.status.SUBMITTED')).waitFor();
    await expectAccessible(page, 'The list of declarations');

    // The channel manager sees the proof in the declaration's page, fetched with their token.
    const backOffice = await signIn('back-office', DEMO.channelManager);
    await backOffice.goto(appUrl('back-office', `/declarations/${id}`));
    const image = backOffice.getByRole('img', { name: new RegExp(proofName.replace(/[.-]/g, '\\$&')) });
    await image.waitFor();
    await backOffice.waitForFunction((name) => [...document.images].some((img) => img.alt.includes(name) && img.complete && img.naturalWidth === 1), proofName);
    expect(await backOffice.getByRole('link', { name: either('proofs.downloadNamed') }).getAttribute('download')).toBe(proofName);
    await expectAccessible(backOffice, 'A declaration with its proof, in the back-office');
    await backOffice.close();

    const manager = await apiToken(DEMO.channelManager);
    const { declaration } = await graphql<{ declaration: { lines: { id: string; position: number }[] } }>(
      'query ($id: ID!) { declaration(id: $id) { lines { id position } } }',
      { id },
      manager,
    );
    expect(declaration.lines).toHaveLength(2);
    const [first, second] = [...declaration.lines].sort((a, b) => a.position - b.position);
    const reason = `Invoice shows another amount ${suffix}`;
    await graphql(
      'mutation ($id: ID!, $input: DecideDeclarationInput!) { decideDeclaration(id: $id, input: $input) { id } }',
      {
        id,
        input: {
          lines: [
            { lineId: first?.id, decision: 'APPROVE' },
            { lineId: second?.id, decision: 'REJECT', reasonCode: 'WRONG_AMOUNT', message: reason },
          ],
        },
      },
      manager,
    );
    const member = await apiToken(DEMO.partnerMember);
    const decided = await graphql<{ declaration: { lines: { position: number; pointsAwarded: number | null }[] } }>(
      'query ($id: ID!) { declaration(id: $id) { lines { position pointsAwarded } } }',
      { id },
      member,
    );
    const points = decided.declaration.lines.find((line) => line.position === 0)?.pointsAwarded ?? 0;
    // The double click submitted one declaration, not two.
    const mine = await graphql<{ myDeclarations: { items: { lines: { invoiceReference: string }[] }[] } }>(
      'query { myDeclarations(page: { offset: 0, limit: 100 }) { items { lines { invoiceReference } } } }',
      {},
      member,
    );
    expect(mine.myDeclarations.items.filter((d) => d.lines.some((line) => line.invoiceReference === `E2E-${suffix}-A`))).toHaveLength(1);

    await row.getByRole('link').click();
    const lines = page.getByTestId('declaration-line');
    await lines.first().getByText(either('declarations.lineStatus.APPROVED')).waitFor();
    await lines.first().getByText(new RegExp(`^(?:${eitherNumber(points)}) pts?$`)).waitFor();
    await lines.nth(1).getByText(either('declarations.lineStatus.REJECTED')).waitFor();
    await lines.nth(1).getByText(either('portalDeclarations.detail.rejectReason')).filter({ hasText: either('declarations.rejectReason.WRONG_AMOUNT', { exact: false }) }).waitFor();
    await lines.nth(1).getByText(reason).waitFor();
    expect(await lines.first().getByText(either('portalDeclarations.detail.rejectReason')).count()).toBe(0);
    await expectAccessible(page, 'A decided declaration');
  });

  it('shows a member the brand’s request for information and lets them edit and resubmit the declaration', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const member = await apiToken(DEMO.partnerMember);
    const products = await graphql<{ products: { items: { id: string }[] } }>('query { products(page: { offset: 0, limit: 1 }) { items { id } } }', {}, member);
    const productId = products.products.items[0]?.id;
    const created = await graphql<{ createDeclaration: { id: string } }>(
      'mutation ($input: DeclarationInput!) { createDeclaration(input: $input) { id } }',
      { input: { saleDate: daysAgo(3), currency: 'EUR', lines: [{ productId, quantity: 2, amount: 400, channel: 'ONLINE', invoiceReference: `E2E-${suffix}-I` }] } },
      member,
    );
    const id = created.createDeclaration.id;
    await graphql('mutation ($id: ID!, $key: String!) { submitDeclaration(id: $id, idempotencyKey: $key) { id } }', { id, key: `e2e-${suffix}` }, member);
    const manager = await apiToken(DEMO.channelManager);
    const question = `Please add the serial number ${suffix}`;
    await graphql('mutation ($id: ID!, $message: String!) { requestInformation(id: $id, message: $message) { id } }', { id, message: question }, manager);

    const page = await signIn('portal', DEMO.partnerMember, PHONE);
    await page.goto(appUrl('portal', `/declarations/${id}`));
    await page.getByRole('status').getByText(question).waitFor();
    await page.getByRole('link', { name: either('portalDeclarations.detail.editResubmit') }).click();
    await page.getByRole('heading', { level: 1, name: either('portalDeclarations.form.editTitle') }).waitFor();
    await page.getByRole('status').getByText(question).waitFor();
    await page.getByLabel(either('portalDeclarations.form.serialNumbers', { exact: false })).fill(`SN-${suffix}`);
    await page.getByRole('button', { name: either('portalDeclarations.form.submit') }).click();

    await page.waitForURL(new RegExp(`/declarations/${id}$`));
    await page.getByText(`SN-${suffix}`).waitFor();
    await page.getByRole('heading', { name: either('portalDeclarations.detail.summary') }).waitFor();
    const answer = await graphql<{ declaration: { status: string } }>('query ($id: ID!) { declaration(id: $id) { status } }', { id }, manager);
    expect(answer.declaration.status).toBe('SUBMITTED');
  });
});

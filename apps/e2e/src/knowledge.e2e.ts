import { expectAccessible } from './support/axe';
import { PHONE } from './support/browser';
import { either } from './support/i18n';
import { DEMO, signIn } from './support/sign-in';
import { appUrl } from './support/system';

/** A member of Wärmetechnik München, a German partner: in the demo segment "German partners". */
const GERMAN_MEMBER = 'anna.huber@warmetechnik-munchen.demo';

/** A one-page PDF, the article's file. */
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100]>> endobj\n% ${text}\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );

describe('Knowledge base', () => {
  it('an admin publishes an article with a file for one segment; a partner in it finds it by search and downloads the file; a partner outside does not find it', async () => {
    const suffix = Date.now().toString(36).toLowerCase();
    const word = `quill${suffix}`;
    const title = `Heat pump installation guide ${word}`;
    const fileName = `Guide ${suffix}.pdf`;

    // The brand admin writes the article in the back-office, for the German partners only.
    const brand = await signIn('back-office', DEMO.brandAdmin);
    await brand.goto(appUrl('back-office', '/knowledge/new'));
    await brand.getByRole('heading', { level: 1, name: either('knowledge.backoffice.editor.titleNew') }).waitFor();
    await brand.getByLabel(either('knowledge.backoffice.editor.kind')).selectOption('PRODUCT_SHEET');
    await brand.getByRole('tab', { name: either('knowledge.backoffice.editor.en') }).click();
    await brand.getByLabel(either('knowledge.backoffice.editor.title')).fill(title);
    await brand.getByLabel(either('knowledge.backoffice.editor.body')).fill(`## Before you start\n\nRead the **${word}** checklist.\n\n<script>alert(1)</script>`);
    // The live preview renders the Markdown and shows the script tag as text.
    const preview = brand.locator('.bo-kb-preview');
    await preview.getByRole('heading', { name: 'Before you start' }).waitFor();
    await preview.getByText('<script>alert(1)</script>').waitFor();
    await brand.getByLabel('German partners').check();
    await brand.getByText(either('knowledge.backoffice.editor.reach_other')).waitFor();
    await brand.getByRole('button', { name: either('knowledge.backoffice.editor.save') }).click();
    await brand.getByRole('heading', { level: 1, name: either('knowledge.backoffice.editor.titleEdit') }).waitFor();
    await brand.getByText(either('knowledge.status.DRAFT')).first().waitFor();
    await brand.getByLabel(either('knowledge.backoffice.editor.upload')).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf(suffix) });
    await brand.getByRole('link', { name: fileName }).waitFor();
    await expectAccessible(brand, 'The article editor');
    await brand.getByRole('button', { name: either('knowledge.backoffice.editor.publishNow') }).click();
    await brand.getByRole('button', { name: either('knowledge.backoffice.editor.unpublish') }).waitFor();

    // A partner of the segment, on a phone, finds it by search with the word marked, opens it and downloads the file.
    const reader = await signIn('portal', GERMAN_MEMBER, PHONE);
    await reader.goto(appUrl('portal', '/knowledge'));
    await reader.getByRole('heading', { level: 1, name: either('knowledge.portal.title') }).waitFor();
    await reader.getByRole('searchbox', { name: either('knowledge.portal.search.label') }).fill(`${word} installing`);
    await reader.getByRole('button', { name: either('knowledge.portal.search.submit') }).click();
    const result = reader.getByRole('link', { name: title });
    await result.waitFor();
    await reader.locator('mark', { hasText: word }).first().waitFor();
    await expectAccessible(reader, 'The knowledge base search results');
    await result.click();
    await reader.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await reader.locator('.kb-article__body script').count()).toBe(0);
    await expectAccessible(reader, 'An article');
    const [download] = await Promise.all([reader.waitForEvent('download'), reader.getByRole('link', { name: either('knowledge.portal.download') }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);

    // A partner outside the segment finds nothing.
    const outsider = await signIn('portal', DEMO.partnerMember, PHONE);
    await outsider.goto(appUrl('portal', `/knowledge?q=${encodeURIComponent(word)}`));
    await outsider.getByText(either('knowledge.portal.search.none')).waitFor();
    expect(await outsider.getByRole('link', { name: title }).count()).toBe(0);
  });
});

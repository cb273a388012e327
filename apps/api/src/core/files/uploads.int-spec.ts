import { fetchProof, tinyPdf, tinyPng, uploadProof } from '../../../test/support/proofs';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const MAX_BYTES = 4096;
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
/** The bytes of a PNG with a page after them: typed image/png from its magic, so it must never run as HTML. */
const POLYGLOT = Buffer.concat([tinyPng(5), HTML]);

/**
 * Hostile uploads, for both kinds of files (declaration proofs, article attachments): the type
 * comes from the bytes, the size is capped while the body streams, the name is only a label,
 * ids in URLs cannot reach the file system, and files are served inert.
 */
describe('Uploads', () => {
  let t: TestApp;
  let partner: string;
  let admin: string;
  let articleId: string;
  const partnerAccounts = demoPartnerAccounts(1);

  beforeAll(async () => {
    t = await createTestApp({ PROOF_MAX_BYTES: String(MAX_BYTES), ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    partner = await t.tokenFor(partnerAccounts.admin.email);
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    const created = await t.gql('mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }', { input: { kind: 'SALES_TOOL', titleEn: 'Files', titleFr: 'Fichiers' } }, { token: admin });
    articleId = created.data?.createArticle.id;
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
  const uploadAttachment = async (content: Buffer, fileName: string, type = 'application/octet-stream') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
    const response = await fetch(`${t.url}/files/knowledge/articles/${articleId}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${admin}` } });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  it.each([
    ['HTML named .png', HTML, 'invoice.png', 'image/png'],
    ['SVG with scripts', SVG, 'logo.svg', 'image/svg+xml'],
    ['HTML named .pdf', HTML, 'facture.pdf', 'application/pdf'],
  ])('refuses %s, whatever the name and the declared type', async (_case, content, name, type) => {
    const [proofsBefore, attachmentsBefore] = [await count('proof_files'), await count('article_attachments')];
    const proof = await uploadProof(t, partner, content, name, type);
    expect([proof.status, proof.body.errors?.[0]?.extensions]).toEqual([400, expect.objectContaining({ code: 'PROOF_TYPE_NOT_ALLOWED', field: 'file' })]);
    const attachment = await uploadAttachment(content, name, type);
    expect([attachment.status, attachment.body.errors?.[0]?.extensions]).toEqual([400, expect.objectContaining({ code: 'ATTACHMENT_TYPE_NOT_ALLOWED', field: 'file' })]);
    expect([await count('proof_files'), await count('article_attachments')]).toEqual([proofsBefore, attachmentsBefore]);
  });

  it('stops reading a body far over the limit and answers the field error, storing nothing', async () => {
    const huge = Buffer.concat([tinyPdf(), Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    const before = await count('proof_files');
    const proof = await uploadProof(t, partner, huge, 'huge.pdf');
    expect([proof.status, proof.body.errors?.[0]?.extensions?.code]).toEqual([400, 'PROOF_TOO_LARGE']);
    const attachment = await uploadAttachment(huge, 'huge.pdf');
    expect([attachment.status, attachment.body.errors?.[0]?.extensions?.code]).toEqual([400, 'ATTACHMENT_TOO_LARGE']);
    expect(await count('proof_files')).toBe(before);
  });

  it('keeps only a label of a hostile name: no path, no markup, no header break, the real extension', async () => {
    const proof = await uploadProof(t, partner, tinyPdf(), '../../../etc/passwd\r\nX-Evil: 1.exe', 'application/pdf');
    expect(proof.status).toBe(201);
    expect(proof.body.fileName).toBe('passwdX-Evil 1.pdf');
    const attachment = await uploadAttachment(tinyPng(3), '..\\..\\<img src=x onerror=alert(1)>.svg');
    expect(attachment.status).toBe(201);
    expect(attachment.body.fileName).toBe('img src=x onerror=alert(1).png');
    const served = await fetchProof(t, partner, proof.body.url as string);
    expect(served.headers.get('content-disposition')).toBe(`inline; filename="passwdX-Evil 1.pdf"; filename*=UTF-8''passwdX-Evil%201.pdf`);
  });

  it('serves a PNG that carries a page after its bytes as an inert image', async () => {
    const proof = await uploadProof(t, partner, POLYGLOT, 'page.html', 'text/html');
    expect(proof.body).toMatchObject({ mimeType: 'image/png', fileName: 'page.png' });
    const served = await fetchProof(t, partner, proof.body.url as string);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox");
    expect((await fetchProof(t, partner, `${proof.body.url}?download=1`)).headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it.each([
    '/files/proofs/..%2f..%2f..%2fetc%2fpasswd',
    '/files/proofs/%2e%2e%2f%2e%2e%2fpackage.json',
    '/files/proofs/not-a-uuid',
    "/files/proofs/1' OR '1'='1",
    '/files/knowledge/..%2f..%2fpackage.json',
    '/files/knowledge/00000000-0000-0000-0000-000000000000',
  ])('answers %s with a coded 4xx and no file', async (path) => {
    const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${partner}` } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toMatch(/NOT_FOUND|UNAUTHENTICATED|FORBIDDEN|BAD_REQUEST|INVALID_INPUT/);
    expect(JSON.stringify(body)).not.toMatch(/root:|"name":|relais/);
  });
});

import { tinyPdf, tinyPng } from '../../../test/support/proofs';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { AppConfig } from '../../core/config/app-config';
import { DEMO_USERS, demoSegmentId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { signedFileUrl } from './file-signature';

const FIELDS = 'id kind status title body bodyHtml language tags segmentIds publishAt unpublishAt pinned attachments { id fileName mimeType isImage url downloadUrl reference }';
const CREATE = `mutation ($input: ArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { ${FIELDS} } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishArticle(id: $id) { id status unpublishAt } }`;
const ARTICLE = `query ($id: ID!) { article(id: $id) { ${FIELDS} } }`;
const ARTICLES = `query ($filter: ArticleFilter, $page: PageInput) { articles(filter: $filter, page: $page) { total items { id status } } }`;
const SEARCH = `query ($q: String!) { articleSearch(query: $q) { rank language article { id title } title { text match } snippet { text match } } }`;
const FIGURES = `query ($id: ID!) { articleFigures(id: $id) { views uniqueReaders readingPartners downloads bySegment { segmentId segmentName partners readers downloads } } }`;
const REACH = `query ($ids: [ID!]!) { articleReach(segmentIds: $ids) }`;

/** Partner 1 is French (reads in French, channel manager north); partner 9 German (reads in English, north), in segment 2; partner 4 is south's. */
const p1 = demoPartnerAccounts(1);
const p9 = demoPartnerAccounts(9);
const GERMAN_PARTNERS = demoSegmentId(2);
const PAST = '2020-01-01T00:00:00.000Z';

const input = (overrides: Record<string, unknown> = {}) => ({
  kind: 'SERVICE_NOTE',
  titleFr: 'Note de service',
  bodyFr: 'Texte de la note.',
  titleEn: 'Service note',
  bodyEn: 'Text of the note.',
  tags: [],
  segmentIds: [],
  publishAt: PAST,
  ...overrides,
});

describe('Knowledge base', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let german: { id: string; attachments: { id: string; url: string; downloadUrl: string }[] };
  let attachmentId: string;

  const create = async (overrides: Record<string, unknown> = {}) => {
    const result = await t.gql(CREATE, { input: input(overrides) }, { token: tokens.admin });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createArticle;
  };
  const upload = async (articleId: string, content: Buffer, fileName: string, token = tokens.admin) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), fileName);
    const response = await fetch(`${t.url}/files/knowledge/articles/${articleId}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const fetchFile = (url: string) => fetch(`${t.url}${url}`);
  const read = async (token: string, id: string) => (await t.gql(ARTICLE, { id }, { token })).data?.article ?? null;
  const listed = async (token: string) => (await t.gql(ARTICLES, { page: { limit: 100 } }, { token })).data?.articles.items.map((a: { id: string }) => a.id) as string[];
  const found = async (token: string, q: string) => (await t.gql(SEARCH, { q }, { token })).data?.articleSearch.map((h: { article: { id: string } }) => h.article.id) as string[];

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    tokens.admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    tokens.north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    tokens.south = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
    tokens.p1 = await t.tokenFor(p1.member.email);
    tokens.p9 = await t.tokenFor(p9.member.email);
    tokens.p9Admin = await t.tokenFor(p9.admin.email);
    const created = await create({ titleFr: 'Fiche pompe Zéphyr', titleEn: 'Zephyr pump sheet', bodyEn: 'The zephyrine datasheet.', segmentIds: [GERMAN_PARTNERS] });
    const uploaded = await upload(created.id, tinyPdf('zephyr'), 'Zephyr datasheet.pdf');
    expect(uploaded).toMatchObject({ status: 201, body: { fileName: 'Zephyr datasheet.pdf', mimeType: 'application/pdf' } });
    attachmentId = uploaded.body.id;
    await t.gql(UPDATE, { id: created.id, input: input({ titleFr: 'Fiche pompe Zéphyr', titleEn: 'Zephyr pump sheet', bodyEn: `The zephyrine datasheet: [download](attachment:${attachmentId}).`, segmentIds: [GERMAN_PARTNERS] }) }, { token: tokens.admin });
    german = await read(tokens.p9, created.id);
  });
  afterAll(() => t.close());

  describe('createArticle', () => {
    it('is for brand admins only', async () => {
      for (const token of [tokens.north, tokens.p9Admin]) {
        const refused = await t.gql(CREATE, { input: input() }, { token });
        expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });

    it('answers the field of a bad value and writes nothing', async () => {
      const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      for (const [bad, code, field] of [
        [{ titleFr: 'x'.repeat(201) }, 'INVALID_INPUT', 'titleFr'],
        [{ tags: ['x'.repeat(41)] }, 'INVALID_INPUT', 'tags'],
        [{ kind: 'GOSSIP' }, undefined, undefined],
        [{ titleFr: '', bodyFr: '', titleEn: '', bodyEn: '' }, 'ARTICLE_LANGUAGE_REQUIRED', 'titleFr'],
        [{ titleEn: '', bodyEn: 'A body without title' }, 'ARTICLE_TITLE_REQUIRED', 'titleEn'],
        [{ unpublishAt: '2019-01-01T00:00:00Z' }, 'ARTICLE_WINDOW_INVALID', 'unpublishAt'],
        [{ segmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'SEGMENT_NOT_FOUND', 'segmentIds'],
      ] as const) {
        const result = await t.gql(CREATE, { input: input(bad) }, { token: tokens.admin });
        expect(result.errors).toHaveLength(1);
        if (code) expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      }
      const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM articles');
      expect(after).toBe(before);
    });

    it('counts the partners its segments reach', async () => {
      const { data } = await t.gql(REACH, { ids: [GERMAN_PARTNERS] }, { token: tokens.admin });
      expect(data?.articleReach).toBe(5);
    });
  });

  describe('targeting and window', () => {
    it('lets a partner of the segment read the article, list it, find it and fetch its file', async () => {
      expect(german).toMatchObject({ status: 'PUBLISHED', language: 'en', title: 'Zephyr pump sheet', segmentIds: null });
      expect(await listed(tokens.p9)).toContain(german.id);
      expect(await found(tokens.p9, 'zephyrine')).toEqual([german.id]);
      const file = await fetchFile(german.attachments[0].downloadUrl);
      expect(file.status).toBe(200);
      expect(Buffer.from(await file.arrayBuffer())).toEqual(tinyPdf('zephyr'));
    });

    it('hides it from a partner outside the segment: by id, in lists, in search, and by a file URL signed for them', async () => {
      expect((await t.gql(ARTICLE, { id: german.id }, { token: tokens.p1 })).errors?.[0]?.extensions?.code).toBe('ARTICLE_NOT_FOUND');
      expect(await listed(tokens.p1)).not.toContain(german.id);
      expect(await found(tokens.p1, 'zephyrine')).toEqual([]);
      const config = t.app.get(AppConfig);
      const forged = signedFileUrl(config.fileUrlSecret, 3600, attachmentId, p1.member.id, true);
      expect((await fetchFile(forged)).status).toBe(404);
    });

    it('refuses a tampered or expired file URL', async () => {
      const url = new URL(german.attachments[0].downloadUrl, t.url);
      url.searchParams.set('u', p1.member.id);
      expect((await fetchFile(`${url.pathname}${url.search}`)).status).toBe(404);
      const config = t.app.get(AppConfig);
      const expired = signedFileUrl(config.fileUrlSecret, 60, attachmentId, p9.member.id, true, Date.now() - 3_600_000);
      expect((await fetchFile(expired)).status).toBe(404);
    });

    it('hides an article before its window', async () => {
      const scheduled = await create({ titleFr: '', bodyFr: '', titleEn: 'Quuxwidget launch', publishAt: '2999-01-01T00:00:00Z' });
      expect(scheduled.status).toBe('SCHEDULED');
      expect(await read(tokens.p9, scheduled.id)).toBeNull();
      expect(await listed(tokens.p9)).not.toContain(scheduled.id);
      expect(await found(tokens.p9, 'quuxwidget')).toEqual([]);
      expect(await found(tokens.admin, 'quuxwidget')).toEqual([scheduled.id]);
    });

    it('closes the article and its files once unpublished', async () => {
      const article = await create({ titleEn: 'Frobnicator promotion', segmentIds: [GERMAN_PARTNERS] });
      const { body } = await upload(article.id, tinyPng(7), 'promo.png');
      const before = await read(tokens.p9, article.id);
      expect((await fetchFile(before.attachments[0].url)).status).toBe(200);
      const unpublished = await t.gql(UNPUBLISH, { id: article.id }, { token: tokens.admin });
      expect(unpublished.data?.unpublishArticle.status).toBe('ENDED');
      expect(await read(tokens.p9, article.id)).toBeNull();
      expect(await found(tokens.p9, 'frobnicator')).toEqual([]);
      expect((await fetchFile(before.attachments[0].url)).status).toBe(404);
      expect(body.id).toBe(before.attachments[0].id);
    });
  });

  describe('files', () => {
    it('serves a file with its type, nosniff, a sandbox and a disposition: inline for images, attachment for downloads', async () => {
      const pdf = await fetchFile(german.attachments[0].url);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="Zephyr datasheet.pdf"/);
      expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
      expect(pdf.headers.get('content-security-policy')).toMatch(/sandbox/);
      expect(pdf.headers.get('cache-control')).toMatch(/^private/);
      const article = await create({ titleEn: 'Picture note' });
      await upload(article.id, tinyPng(3), 'photo.pdf');
      const image = (await read(tokens.admin, article.id)).attachments[0];
      expect(image).toMatchObject({ fileName: 'photo.png', mimeType: 'image/png', isImage: true });
      expect((await fetchFile(image.url)).headers.get('content-disposition')).toMatch(/^inline/);
    });

    it('refuses a type that is not allowed, and uploads by anyone but brand admins', async () => {
      expect(await upload(german.id, Buffer.from('<script>alert(1)</script>'), 'x.html')).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'ATTACHMENT_TYPE_NOT_ALLOWED', field: 'file' } }] } });
      expect((await upload(german.id, tinyPng(), 'x.png', tokens.p9Admin)).status).toBe(403);
    });

    it('records FILE_DOWNLOADED for each download, not for images shown inline', async () => {
      const before = await t.sql('SELECT count(*)::int AS n FROM domain_events WHERE type = $1 AND subject_id = $2', ['FILE_DOWNLOADED', attachmentId]);
      await fetchFile(german.attachments[0].downloadUrl);
      const after = await t.sql('SELECT count(*)::int AS n, max(user_id::text) AS "userId" FROM domain_events WHERE type = $1 AND subject_id = $2', ['FILE_DOWNLOADED', attachmentId]);
      expect(after[0]).toEqual({ n: before[0].n + 1, userId: p9.member.id });
    });
  });

  describe('article', () => {
    it('records ARTICLE_READ once per user and counts every view', async () => {
      const article = await create({ titleEn: 'Read me' });
      await read(tokens.p9, article.id);
      await read(tokens.p9, article.id);
      await read(tokens.p9Admin, article.id);
      const events = await t.sql('SELECT user_id AS "userId" FROM domain_events WHERE type = $1 AND subject_id = $2 ORDER BY user_id', ['ARTICLE_READ', article.id]);
      expect(events).toEqual([{ userId: p9.admin.id }, { userId: p9.member.id }].sort((a, b) => a.userId.localeCompare(b.userId)));
      const [{ views }] = await t.sql('SELECT view_count AS views FROM articles WHERE id = $1', [article.id]);
      expect(views).toBe(3);
    });

    it("gives the reader's language, or the other one when the article has no version in it", async () => {
      const english = await create({ titleFr: '', bodyFr: '', titleEn: 'Only in English', bodyEn: 'Hello' });
      expect(await read(tokens.p1, english.id)).toMatchObject({ language: 'en', title: 'Only in English', body: 'Hello' });
      expect(await read(tokens.p1, german.id)).toBeNull();
      const both = await create();
      expect(await read(tokens.p1, both.id)).toMatchObject({ language: 'fr', title: 'Note de service' });
    });

    it('neutralises unsafe Markdown: no script, event attribute, javascript: or data: URL survives', async () => {
      const article = await create({
        titleEn: 'Unsafe',
        bodyEn: '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) ![c](data:image/png;base64,AAAA) [ok](https://example.com)',
      });
      const html: string = (await read(tokens.p9, article.id)).bodyHtml;
      expect(html).not.toMatch(/<script|<img|onerror="|href="javascript:|href="data:|src="data:/i);
      expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">ok</a>');
    });

    it('links an attachment reference to a download URL signed for the reader', () => {
      expect(german.attachments[0].downloadUrl).toContain(`u=${p9.member.id}`);
      expect((german as unknown as { bodyHtml: string }).bodyHtml).toContain(`href="${german.attachments[0].downloadUrl.replace(/&/g, '&amp;')}"`);
    });
  });

  describe('articleSearch', () => {
    it('finds French word forms with French stemming ("installer" finds "installation")', async () => {
      const article = await create({ titleFr: 'Guide d’installation de la pompe Borée', titleEn: '', bodyEn: '' });
      const hits = (await t.gql(SEARCH, { q: 'installer Borée' }, { token: tokens.p1 })).data?.articleSearch;
      expect(hits.map((h: { article: { id: string } }) => h.article.id)).toEqual([article.id]);
      expect(hits[0].language).toBe('fr');
      expect(hits[0].title.filter((f: { match: boolean }) => f.match).map((f: { text: string }) => f.text)).toEqual(['installation', 'Borée']);
    });

    it('finds English word forms with English stemming, in the reader language', async () => {
      const article = await create({ titleFr: 'Mise en service du Caladrius', titleEn: 'Installing the Caladrius', bodyEn: 'Commissioning steps.' });
      expect(await found(tokens.p9, 'installed caladrius')).toEqual([article.id]);
      // A French reader searches the French version, where the word is not.
      expect(await found(tokens.p1, 'installed caladrius')).toEqual([]);
    });

    it('ranks a title match above a body match and marks the matched words', async () => {
      const inBody = await create({ titleEn: 'Monthly bulletin', bodyEn: 'This month: the Glimmerstone range arrives.' });
      const inTitle = await create({ titleEn: 'Glimmerstone range', bodyEn: 'All about it.' });
      const hits = (await t.gql(SEARCH, { q: 'glimmerstone' }, { token: tokens.p9 })).data?.articleSearch;
      expect(hits.map((h: { article: { id: string } }) => h.article.id)).toEqual([inTitle.id, inBody.id]);
      expect(hits[1].snippet).toContainEqual({ text: 'Glimmerstone', match: true });
    });
  });

  describe('articleFigures', () => {
    it('gives brand admins the whole network and a channel manager their partners only', async () => {
      const admin = (await t.gql(FIGURES, { id: german.id }, { token: tokens.admin })).data?.articleFigures;
      expect(admin).toMatchObject({ uniqueReaders: 1, readingPartners: 1, bySegment: [{ segmentId: GERMAN_PARTNERS, partners: 5, readers: 1 }] });
      expect(admin.views).toBeGreaterThanOrEqual(1);
      expect(admin.downloads).toBeGreaterThanOrEqual(1);
      const north = (await t.gql(FIGURES, { id: german.id }, { token: tokens.north })).data?.articleFigures;
      expect(north).toMatchObject({ views: null, uniqueReaders: 1 });
      const south = (await t.gql(FIGURES, { id: german.id }, { token: tokens.south })).data?.articleFigures;
      expect(south).toMatchObject({ views: null, uniqueReaders: 0, readingPartners: 0, downloads: 0, bySegment: [{ partners: 0, readers: 0 }] });
      expect((await t.gql(FIGURES, { id: german.id }, { token: tokens.p9Admin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

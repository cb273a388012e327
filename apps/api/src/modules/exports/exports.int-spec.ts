import { get as httpGet, IncomingMessage } from 'node:http';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoPartnerId, demoProductId, demoRewardItemId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const PARTNER = '00000000-0000-4000-8000-e00000000001';
const PERSON = '00000000-0000-4000-8000-e00000000002';
const DECLARATION = '00000000-0000-4000-8000-e00000000003';

interface CsvResponse {
  status: number;
  headers: Headers;
  text: string;
  errors?: { extensions: { code: string; field?: string } }[];
}

describe('ExportsController', () => {
  let t: TestApp;
  let admin: string;
  let north: string;
  let south: string;
  let sku: string;

  const get = async (path: string, token?: string): Promise<CsvResponse> => {
    const response = await fetch(`${t.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const json = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Pick<CsvResponse, 'errors'>) : {};
    return { status: response.status, headers: response.headers, text, errors: json.errors };
  };
  /** Polls a condition the server reaches on its own time (30 s at most, for a loaded machine). */
  const until = async (condition: () => Promise<boolean>) => {
    for (let i = 0; i < 600 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await condition()).toBe(true);
  };
  const rows = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

  beforeAll(async () => {
    t = await createTestApp();
    [admin, north, south] = await Promise.all([DEMO_USERS.brandAdmin, DEMO_USERS.channelManagerNorth, DEMO_USERS.channelManagerSouth].map((u) => t.tokenFor(u.email)));
    [{ sku }] = await t.sql<{ sku: string }>('SELECT sku FROM products WHERE id = $1', [demoProductId(1)]);
    // A hand-made partner whose name and texts a spreadsheet would take for formulas or split at a ';'.
    await t.sql(
      `INSERT INTO partners (id, code, name, type, brand_model, potential, country, region, city, channel_manager_id, status)
       VALUES ($1, 'EXP-001', '@Atelier Dupont', 'INSTALLER', 'MULTI_BRAND', 'A', 'FR', 'Bretagne', 'Rennes', $2, 'ACTIVE')`,
      [PARTNER, DEMO_USERS.channelManagerNorth.id],
    );
    await t.sql(`INSERT INTO users (id, email, role, partner_id, first_name, last_name, status) VALUES ($1, 'zoe@exp.demo', 'PARTNER_ADMIN', $2, 'Zoé', 'Durand', 'ACTIVE')`, [PERSON, PARTNER]);
    await t.sql(
      `INSERT INTO declarations (id, partner_id, declared_by_id, status, sale_date, currency, total_amount, customer_type, customer_postal_code,
         feedback_rating, feedback_comment, feedback_tags, submitted_at, decided_at)
       VALUES ($1, $2, $3, 'PARTIALLY_APPROVED', '2026-03-04', 'EUR', 1234.50, 'B2B', '35000', 4, 'Très bien; "top"', '{pose,délai}',
         '2026-03-05 10:00:00+00', '2026-03-06 08:30:15.5+00')`,
      [DECLARATION, PARTNER, PERSON],
    );
    await t.sql(
      `INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, invoice_reference, serial_numbers, status, reject_reason_code, points_awarded)
       VALUES ($1, 1, $2, 2, 1000.00, 'IN_STORE', '+INV-1', '{S1,S2}', 'APPROVED', NULL, 120),
              ($1, 2, $2, 1, 234.50, 'ONLINE', 'INV-2', '{}', 'REJECTED', 'DUPLICATE', NULL)`,
      [DECLARATION, demoProductId(1)],
    );
  });

  afterAll(() => t.close());

  describe('GET /exports/declarations.csv', () => {
    it('writes one row per line with a BOM, French headers and labels, ";" between cells, decimal commas and formulas neutralised', async () => {
      const csv = await get(`/exports/declarations.csv?partnerId=${PARTNER}&locale=fr`, admin);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="relais-declarations-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(csv.headers.get('x-total-count')).toBe('2');
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      expect(csv.text.split('\r\n')).toEqual([
        '\uFEFFDéclaration;Code partenaire;Partenaire;Déclarée par;Statut de la déclaration;Date de vente;Début de période;Fin de période;Soumise le (UTC);Décidée le (UTC);Devise;Montant de la déclaration;Type de client;Code postal du client;Secteur du client;Note du client;Commentaire du client;Étiquettes d’avis;Ligne;Référence;Produit;Catégorie;Quantité;Montant de la ligne;Canal;Référence de facture;Numéros de série;Statut de la ligne;Motif de refus;Points',
        `${DECLARATION};EXP-001;'@Atelier Dupont;Zoé Durand;Validée en partie;2026-03-04;;;2026-03-05 10:00:00;2026-03-06 08:30:15;EUR;1234,50;Professionnel;35000;;4;"Très bien; ""top""";pose | délai;1;${sku};${await productName()};${await productCategory()};2;1000,00;En magasin;'+INV-1;S1 | S2;Validée;;120`,
        `${DECLARATION};EXP-001;'@Atelier Dupont;Zoé Durand;Validée en partie;2026-03-04;;;2026-03-05 10:00:00;2026-03-06 08:30:15;EUR;1234,50;Professionnel;35000;;4;"Très bien; ""top""";pose | délai;2;${sku};${await productName()};${await productCategory()};1;234,50;En ligne;INV-2;;Refusée;Doublon;`,
        '',
      ]);
    });

    it('writes English conventions: "," between cells and decimal points', async () => {
      const csv = await get(`/exports/declarations.csv?partnerId=${PARTNER}&locale=en`, admin);
      const [header, first] = rows(csv.text);
      expect(header.split(',').slice(0, 5)).toEqual(['Declaration', 'Partner code', 'Partner', 'Declared by', 'Declaration status']);
      expect(first).toContain(`,'@Atelier Dupont,Zoé Durand,Partly approved,2026-03-04,,,2026-03-05 10:00:00,2026-03-06 08:30:15,EUR,1234.50,Business,35000,,4,"Très bien; ""top""",`);
      expect(first).toContain(',2,1000.00,In store,');
    });

    it('applies the page filters (statuses, sale dates, amounts)', async () => {
      const count = async (query: string) => (await get(`/exports/declarations.csv?partnerId=${PARTNER}&locale=en&${query}`, admin)).headers.get('x-total-count');
      expect(await count('statuses=APPROVED,REJECTED')).toBe('0');
      expect(await count('statuses=APPROVED&statuses=PARTIALLY_APPROVED')).toBe('2');
      expect(await count('saleFrom=2026-03-05')).toBe('0');
      expect(await count('saleTo=2026-03-04&minAmount=1000')).toBe('2');
      expect(await count('maxAmount=1000.5')).toBe('0');
    });

    it("gives a channel manager only their partners' lines", async () => {
      expect((await get(`/exports/declarations.csv?partnerId=${PARTNER}`, north)).headers.get('x-total-count')).toBe('2');
      const other = await get(`/exports/declarations.csv?partnerId=${PARTNER}&locale=en`, south);
      expect([other.status, other.headers.get('x-total-count'), rows(other.text).length]).toEqual([200, '0', 1]);
      const all = await get('/exports/declarations.csv?locale=en', south);
      const codes = new Set(rows(all.text).slice(1).map((row) => row.split(',')[1]));
      const south_ = await t.sql<{ code: string }>('SELECT code FROM partners WHERE channel_manager_id = $1', [DEMO_USERS.channelManagerSouth.id]);
      expect([...codes].every((code) => south_.some((p) => p.code === code))).toBe(true);
      expect(Number(all.headers.get('x-total-count'))).toBe(rows(all.text).length - 1);
    });

    it("gives a partner user their own partner's lines only, even when asking for another partner's", async () => {
      const zoe = await t.tokenFor('zoe@exp.demo').catch(() => null);
      const partnerAdmin = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      const theirs = await get(`/exports/declarations.csv?partnerId=${PARTNER}&locale=en`, partnerAdmin);
      expect([theirs.status, theirs.headers.get('x-total-count')]).toEqual([200, '0']);
      const own = await get(`/exports/declarations.csv?locale=en`, partnerAdmin);
      const partnerCodes = new Set(rows(own.text).slice(1).map((row) => row.split(',')[1]));
      const [{ code }] = await t.sql<{ code: string }>('SELECT code FROM partners WHERE id = $1', [demoPartnerId(1)]);
      expect([...partnerCodes].every((c) => c === code)).toBe(true);
      expect(zoe).toBeNull(); // no password: the hand-made person never signs in
    });

    it('refuses a bad filter with the field error, and an unknown parameter', async () => {
      const bad = await get('/exports/declarations.csv?saleFrom=04/03/2026', admin);
      expect([bad.status, bad.errors?.[0]?.extensions]).toEqual([400, expect.objectContaining({ code: 'INVALID_INPUT', field: 'saleFrom' })]);
      expect((await get('/exports/declarations.csv?statuses=LOST', admin)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'statuses' });
      expect((await get('/exports/declarations.csv?locale=de', admin)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'locale' });
      expect((await get('/exports/declarations.csv?sort=RISK', admin)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'sort' });
    });

    it('refuses a caller without a token', async () => {
      const anonymous = await get('/exports/declarations.csv');
      expect([anonymous.status, anonymous.errors?.[0]?.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });

  describe('a client that goes away', () => {
    const waitingExports = async () =>
      (
        await t.sql<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND query LIKE 'FETCH FORWARD%relais_export'",
        )
      )[0].n;

    it('ends the export transaction and gives its connection back', async () => {
      // Enough lines (about 15 MB) that the export waits for the reader, past what the sockets buffer.
      await t.sql(
        `WITH d AS (INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at)
           SELECT $1, $2, 'SUBMITTED', DATE '2024-06-01', 'EUR', 10, now() FROM generate_series(1, 6000) RETURNING id)
         INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, invoice_reference)
         SELECT d.id, k, $3, 1, 10, 'ONLINE', repeat('R', 120) FROM d CROSS JOIN generate_series(1, 10) AS k`,
        [PARTNER, PERSON, demoProductId(1)],
      );
      const request = httpGet(`${t.url}/exports/declarations.csv?partnerId=${PARTNER}&saleTo=2024-06-30`, { headers: { authorization: `Bearer ${admin}` } });
      const response = await new Promise<IncomingMessage>((resolve, reject) => request.on('response', resolve).on('error', reject));
      expect(response.headers['x-total-count']).toBe('60000');
      await new Promise((resolve) => response.once('data', resolve));
      response.pause();
      await until(async () => (await waitingExports()) === 1);
      request.destroy();
      await until(async () => (await waitingExports()) === 0);
      // The pool is whole: the next export runs to its end.
      expect((await get(`/exports/declarations.csv?partnerId=${PARTNER}&saleFrom=2026-01-01`, admin)).headers.get('x-total-count')).toBe('2');
    }, 90_000);
  });

  describe('GET /exports/partners.csv', () => {
    it("writes the list's filtered partners with translated labels", async () => {
      const csv = await get('/exports/partners.csv?search=exp-001&types=INSTALLER&locale=fr', admin);
      expect(rows(csv.text)).toEqual([
        'Code;Nom;Type;Modèle de marque;Potentiel;Pays;Région;Ville;Responsable de réseau;Statut;Étape;Niveau;Créé le (UTC)',
        expect.stringMatching(/^EXP-001;'@Atelier Dupont;Installateur;Multi-marque;A;FR;Bretagne;Rennes;Claire Martin;Actif;Intégration;;\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      ]);
    });

    it("gives a channel manager only their partners, and refuses partner users", async () => {
      const south_ = await get('/exports/partners.csv?search=exp-001', south);
      expect(south_.headers.get('x-total-count')).toBe('0');
      const managed = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM partners WHERE channel_manager_id = $1', [DEMO_USERS.channelManagerNorth.id]);
      expect((await get('/exports/partners.csv', north)).headers.get('x-total-count')).toBe(String(managed[0].n));
      const partnerAdmin = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      const refused = await get('/exports/partners.csv', partnerAdmin);
      expect([refused.status, refused.errors?.[0]?.extensions.code]).toEqual([403, 'FORBIDDEN_ROLE']);
    });

    it('refuses a bad country with the field error', async () => {
      expect((await get('/exports/partners.csv?countries=France', admin)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'countries' });
    });
  });

  describe('GET /exports/orders.csv', () => {
    beforeAll(async () => {
      const [{ id }] = await t.sql<{ id: string }>(
        `INSERT INTO reward_orders (reference, partner_id, ordered_by_id, idempotency_key, status, total_points, carrier, tracking_number, created_at)
         VALUES ('EXP-ORDER-1', $1, $2, 'exp-order-1', 'SHIPPED', 80, 'La Poste', '-6A123', '2026-03-08 12:00:00+00') RETURNING id`,
        [PARTNER, PERSON],
      );
      await t.sql('INSERT INTO reward_order_lines (order_id, item_id, position, quantity, points_each) VALUES ($1, $2, 1, 2, 40)', [id, demoRewardItemId(1)]);
    });

    it("writes the queue's filtered orders, one row per line, with the reward's title in the reader's language", async () => {
      const [{ sku, title_fr }] = await t.sql<{ sku: string; title_fr: string }>('SELECT sku, title_fr FROM reward_items WHERE id = $1', [demoRewardItemId(1)]);
      const csv = await get('/exports/orders.csv?search=EXP-ORDER&statuses=SHIPPED&locale=fr', admin);
      expect(rows(csv.text)).toEqual([
        'Référence;Commandée le (UTC);Code partenaire;Partenaire;Commandée par;Statut;Ligne;Référence article;Récompense;Quantité;Points;Transporteur;Numéro de suivi',
        `EXP-ORDER-1;2026-03-08 12:00:00;EXP-001;'@Atelier Dupont;Zoé Durand;Expédiée;1;${sku};${title_fr};2;80;La Poste;'-6A123`,
      ]);
      expect((await get('/exports/orders.csv?search=EXP-ORDER&statuses=DELIVERED', admin)).headers.get('x-total-count')).toBe('0');
    });

    it("gives a channel manager only their partners' orders, refuses partner users and a bad status", async () => {
      expect((await get('/exports/orders.csv?search=EXP-ORDER', north)).headers.get('x-total-count')).toBe('1');
      expect((await get('/exports/orders.csv?search=EXP-ORDER', south)).headers.get('x-total-count')).toBe('0');
      const partnerAdmin = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      expect((await get('/exports/orders.csv', partnerAdmin)).errors?.[0]?.extensions.code).toBe('FORBIDDEN_ROLE');
      expect((await get('/exports/orders.csv?statuses=LOST', admin)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'statuses' });
    });
  });

  describe('GET /exports/quiz-results.csv', () => {
    let quizId: string;

    beforeAll(async () => {
      [{ id: quizId }] = await t.sql<{ id: string }>(
        `INSERT INTO quizzes (title_en, title_fr, intro_en, intro_fr, questions, pass_mark, points, status)
         VALUES ('Heat pumps', 'Pompes à chaleur', '', '', '[]', 80, 30, 'PUBLISHED') RETURNING id`,
      );
      await t.sql(
        `INSERT INTO quiz_attempts (quiz_id, user_id, partner_id, number, status, started_at, closed_at, score, passed, first_pass, points_awarded) VALUES
         ($1, $2, $3, 1, 'SUBMITTED', '2026-03-09 09:00:00+00', '2026-03-09 09:05:00+00', 50, false, false, 0),
         ($1, $2, $3, 2, 'SUBMITTED', '2026-03-10 09:00:00+00', '2026-03-10 09:04:00+00', 100, true, true, 30),
         ($1, $2, $3, 3, 'OPEN', '2026-03-11 09:00:00+00', NULL, NULL, false, false, 0)`,
        [quizId, PERSON, PARTNER],
      );
    });

    it("writes a quiz's closed attempts, newest first, with the title and labels in the reader's language", async () => {
      const csv = await get(`/exports/quiz-results.csv?quizId=${quizId}&locale=en`, admin);
      expect(rows(csv.text)).toEqual([
        'Quiz,Partner code,Partner,User,User e-mail,Attempt,Status,Started at (UTC),Closed at (UTC),Score (%),Passed,Points',
        "Heat pumps,EXP-001,'@Atelier Dupont,Zoé Durand,zoe@exp.demo,2,Submitted,2026-03-10 09:00:00,2026-03-10 09:04:00,100,Yes,30",
        "Heat pumps,EXP-001,'@Atelier Dupont,Zoé Durand,zoe@exp.demo,1,Submitted,2026-03-09 09:00:00,2026-03-09 09:05:00,50,No,0",
      ]);
      expect(rows((await get(`/exports/quiz-results.csv?quizId=${quizId}&from=2026-03-10&locale=fr`, admin)).text)[1]).toMatch(/^Pompes à chaleur;EXP-001;.*;2;Envoyée;.*;Oui;30$/);
    });

    it("gives a channel manager only their partners' people, and refuses partner users", async () => {
      expect((await get(`/exports/quiz-results.csv?quizId=${quizId}`, north)).headers.get('x-total-count')).toBe('2');
      expect((await get(`/exports/quiz-results.csv?quizId=${quizId}`, south)).headers.get('x-total-count')).toBe('0');
      const partnerAdmin = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      expect((await get('/exports/quiz-results.csv', partnerAdmin)).errors?.[0]?.extensions.code).toBe('FORBIDDEN_ROLE');
      expect((await get('/exports/quiz-results.csv?quizId=nope', admin)).errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'quizId' });
    });
  });

  describe('GET /exports/ledger.csv', () => {
    beforeAll(async () => {
      const [{ id: account }] = await t.sql<{ id: string }>(`INSERT INTO ledger_accounts (owner_type, owner_id) VALUES ('PARTNER', $1) RETURNING id`, [PARTNER]);
      const [{ id: personal }] = await t.sql<{ id: string }>(`INSERT INTO ledger_accounts (owner_type, owner_id) VALUES ('USER', $1) RETURNING id`, [PERSON]);
      await t.sql(
        `INSERT INTO ledger_entries (account_id, amount, kind, source_type, source_id, idempotency_key, reason, created_at) VALUES
         ($1, 120, 'DECLARATION_APPROVED', 'DECLARATION', $3, 'exp-1', NULL, '2026-03-06 08:30:15+00'),
         ($2, -20, 'MANUAL_ADJUSTMENT', 'ADJUSTMENT', 'k', 'exp-2', '=1+1 geste', '2026-03-07 09:00:00+00')`,
        [account, personal, DECLARATION],
      );
    });

    it("writes the partner's and its people's entries with the owner, oldest first", async () => {
      const csv = await get(`/exports/ledger.csv?partnerId=${PARTNER}&locale=en`, admin);
      const lines = rows(csv.text);
      expect(lines[0]).toBe('Date (UTC),Wallet,Partner code,Partner,User,User e-mail,Kind,Points,Source,Source reference,Reason,Entry');
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 11).join(','))).toEqual([
        `2026-03-06 08:30:15,Partner,EXP-001,'@Atelier Dupont,,,Declaration approved,120,DECLARATION,${DECLARATION},`,
        `2026-03-07 09:00:00,User,EXP-001,'@Atelier Dupont,Zoé Durand,zoe@exp.demo,Manual adjustment,-20,ADJUSTMENT,k,'=1+1 geste`,
      ]);
      expect((await get(`/exports/ledger.csv?partnerId=${PARTNER}&kinds=MANUAL_ADJUSTMENT&from=2026-03-07&to=2026-03-07`, admin)).headers.get('x-total-count')).toBe('1');
      expect((await get(`/exports/ledger.csv?partnerId=${PARTNER}&to=2026-03-05`, admin)).headers.get('x-total-count')).toBe('0');
    });

    it("gives a channel manager only their partners' wallets", async () => {
      expect((await get(`/exports/ledger.csv?partnerId=${PARTNER}`, north)).headers.get('x-total-count')).toBe('2');
      expect((await get(`/exports/ledger.csv?partnerId=${PARTNER}`, south)).headers.get('x-total-count')).toBe('0');
    });
  });

  const productName = async () => (await t.sql<{ name: string }>('SELECT name FROM products WHERE id = $1', [demoProductId(1)]))[0].name;
  const productCategory = async () => (await t.sql<{ category: string }>('SELECT category FROM products WHERE id = $1', [demoProductId(1)]))[0].category;
});

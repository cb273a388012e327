import { ACTIVE_PRODUCTS,daysAgo, declarationInput, declare, INACTIVE_PRODUCT, lineInput, newInvoice, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoSegmentId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

// Partner 1 is assigned to the northern channel manager, partner 4 to the southern one.
const north = demoPartnerAccounts(1);
const south = demoPartnerAccounts(4);

describe('DeclarationsService', () => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let otherPartner: string;
  let brandAdmin: string;
  let managerNorth: string;
  let managerSouth: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, member, otherPartner, brandAdmin, managerNorth, managerSouth] = await Promise.all([
      t.tokenFor(north.admin.email),
      t.tokenFor(north.member.email),
      t.tokenFor(south.admin.email),
      t.tokenFor(DEMO_USERS.brandAdmin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(DEMO_USERS.channelManagerSouth.email),
    ]);
  });
  afterAll(() => t.close());

  const counts = async () =>
    (await t.sql('SELECT (SELECT count(*) FROM declarations)::int AS d, (SELECT count(*) FROM declaration_lines)::int AS l, (SELECT count(*) FROM declaration_events)::int AS e'))[0];

  describe('createDeclaration and submitDeclaration', () => {
    it('saves a draft with its lines, customer and feedback, then submits it', async () => {
      const input = declarationInput({
        customer: { type: 'B2C', postalCode: '75011' },
        feedback: { rating: 5, comment: 'Très satisfait', tags: ['silent'] },
        lines: [lineInput({ serialNumbers: [' sn-1 '], amount: 1200 }), lineInput({ productId: ACTIVE_PRODUCTS[1]?.id, quantity: 1, amount: 300.5, channel: 'ONLINE' })],
      });
      const created = await t.gql(OPS.create, { input }, { token: member });
      const draft = created.data?.createDeclaration;
      expect(draft).toMatchObject({ status: 'DRAFT', partnerId: north.partnerId, declaredById: north.member.id, totalAmount: 1500.5, customer: { type: 'B2C', postalCode: '75011', sector: null } });
      expect(draft.lines.map((l: { serialNumbers: string[] }) => l.serialNumbers)).toEqual([['SN-1'], []]);
      expect(draft.lines.map((l: { product: { sku: string } }) => l.product.sku)).toEqual([ACTIVE_PRODUCTS[0]?.sku, ACTIVE_PRODUCTS[1]?.sku]);
      const submitted = await t.gql(OPS.submit, { id: draft.id, key: 'k-1' }, { token: member });
      expect(submitted.data?.submitDeclaration).toMatchObject({ status: 'SUBMITTED', riskScore: null, flags: [] });
      expect(submitted.data?.submitDeclaration.events.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'SUBMITTED']);
    });

    it('returns the same declaration and writes nothing when a submission is retried with its key', async () => {
      const created = await t.gql(OPS.create, { input: declarationInput() }, { token: admin });
      const id = created.data?.createDeclaration.id;
      const results = await Promise.all([1, 2, 3].map(() => t.gql(OPS.submit, { id, key: 'retry-key' }, { token: admin })));
      expect(results.map((r) => r.data?.submitDeclaration.id)).toEqual([id, id, id]);
      const before = await counts();
      const again = await t.gql(OPS.submit, { id, key: 'retry-key' }, { token: admin });
      expect(again.data?.submitDeclaration).toMatchObject({ id, status: 'SUBMITTED' });
      expect(await counts()).toEqual(before);
      expect(await t.sql("SELECT count(*)::int AS n FROM declaration_events WHERE declaration_id = $1 AND action = 'SUBMITTED'", [id])).toEqual([{ n: 1 }]);
    });

    it('refuses the key of another declaration of the partner', async () => {
      const first = await declare(t, admin, declarationInput(), 'shared-key');
      const created = await t.gql(OPS.create, { input: declarationInput() }, { token: admin });
      const reused = await t.gql(OPS.submit, { id: created.data?.createDeclaration.id, key: 'shared-key' }, { token: admin });
      expect(reused.errors?.[0]?.extensions?.code).toBe('DECLARATION_KEY_REUSED');
      expect(first.status).toBe('SUBMITTED');
    });

    it.each([
      ['a zero quantity', { lines: [lineInput({ quantity: 0 })] }, 'INVALID_INPUT', 'lines.0.quantity'],
      ['a negative quantity', { lines: [lineInput(), lineInput({ quantity: -3 })] }, 'INVALID_INPUT', 'lines.1.quantity'],
      ['a negative amount', { lines: [lineInput({ amount: -1 })] }, 'INVALID_INPUT', 'lines.0.amount'],
      ['an unknown product', { lines: [lineInput(), lineInput({ productId: '00000000-0000-4000-8000-c99999999999' })] }, 'PRODUCT_NOT_FOUND', 'lines.1.productId'],
      ['an inactive product', { lines: [lineInput({ productId: INACTIVE_PRODUCT.id })] }, 'PRODUCT_NOT_FOUND', 'lines.0.productId'],
      ['a future sale date', { saleDate: daysAgo(-2) }, 'SALE_DATE_IN_FUTURE', 'saleDate'],
      ['no line', { lines: [] }, 'INVALID_INPUT', 'lines'],
      ['a rating of 6', { feedback: { rating: 6 } }, 'INVALID_INPUT', 'feedback.rating'],
      ['no date', { saleDate: undefined }, 'SALE_DATE_REQUIRED', 'saleDate'],
    ])('answers %s with the field and stores nothing', async (_case, patch, code, field) => {
      const before = await counts();
      const result = await t.gql(OPS.create, { input: declarationInput(patch) }, { token: member });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await counts()).toEqual(before);
    });

    it('refuses more than 200 lines', async () => {
      const lines = Array.from({ length: 201 }, () => lineInput());
      const result = await t.gql(OPS.create, { input: declarationInput({ lines }) }, { token: member });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'lines' });
    });
  });

  describe('updateDeclaration', () => {
    it('lets the declarer and their partner admin rewrite a draft, and nobody a submitted declaration', async () => {
      const created = await t.gql(OPS.create, { input: declarationInput() }, { token: member });
      const id = created.data?.createDeclaration.id;
      const byAdmin = await t.gql(OPS.update, { id, input: declarationInput({ lines: [lineInput({ quantity: 7 })] }) }, { token: admin });
      expect(byAdmin.data?.updateDeclaration.lines.map((l: { quantity: number }) => l.quantity)).toEqual([7]);
      const byOther = await t.gql(OPS.update, { id, input: declarationInput() }, { token: otherPartner });
      expect(byOther.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      await t.gql(OPS.submit, { id, key: newInvoice() }, { token: member });
      const late = await t.gql(OPS.update, { id, input: declarationInput() }, { token: member });
      expect(late.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_EDITABLE');
    });
  });

  describe('deleteDeclaration', () => {
    const DELETE = 'mutation ($id: ID!) { deleteDeclaration(id: $id) }';
    const rows = async (id: string) =>
      (await t.sql('SELECT (SELECT count(*) FROM declarations WHERE id = $1)::int + (SELECT count(*) FROM declaration_lines WHERE declaration_id = $1)::int AS n', [id]))[0].n as number;

    it('deletes a draft with its lines for its declarer, and refuses other partners and submitted declarations', async () => {
      const draft = (await t.gql(OPS.create, { input: declarationInput() }, { token: member })).data?.createDeclaration.id;
      const byOther = await t.gql(DELETE, { id: draft }, { token: otherPartner });
      expect(byOther.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const byBrand = await t.gql(DELETE, { id: draft }, { token: brandAdmin });
      expect(byBrand.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect(await rows(draft)).toBe(2);
      expect((await t.gql(DELETE, { id: draft }, { token: member })).data?.deleteDeclaration).toBe(true);
      expect(await rows(draft)).toBe(0);
      const submitted = await declare(t, member);
      const late = await t.gql(DELETE, { id: submitted.id }, { token: member });
      expect(late.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_EDITABLE');
      expect(await rows(submitted.id)).toBe(2);
    });
  });

  describe('declaration and declarations', () => {
    let byAdmin: { id: string };
    let byMember: { id: string };

    beforeAll(async () => {
      byAdmin = await declare(t, admin);
      byMember = await declare(t, member);
    });

    it('shows a partner admin the whole partner, and a member only their own', async () => {
      expect((await t.gql(OPS.get, { id: byMember.id }, { token: admin })).data?.declaration.id).toBe(byMember.id);
      expect((await t.gql(OPS.get, { id: byAdmin.id }, { token: member })).errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const mine = await t.gql(OPS.list, { page: { limit: 100 } }, { token: member });
      expect(mine.data?.declarations.items.every((d: { declaredById: string }) => d.declaredById === north.member.id)).toBe(true);
      const team = await t.gql(OPS.list, { page: { limit: 100 } }, { token: admin });
      expect(team.data?.declarations.items.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([byAdmin.id, byMember.id]));
      expect(team.data?.declarations.totals[0]).toMatchObject({ currency: 'EUR', count: team.data?.declarations.total });
      const adminsOwn = await t.gql(OPS.mine, {}, { token: admin });
      expect(adminsOwn.data?.myDeclarations.items.every((d: { declaredById: string }) => d.declaredById === north.admin.id)).toBe(true);
    });

    it('shows a member the whole team once a partner admin allows it, and still lets them change only their own', async () => {
      const SET = 'mutation ($id: ID!, $sees: Boolean!) { setSeesTeamDeclarations(id: $id, sees: $sees) { id seesTeamDeclarations } }';
      const seen = async () => (await t.gql(OPS.get, { id: byAdmin.id }, { token: member })).errors?.[0]?.extensions?.code ?? 'SEEN';
      expect(await seen()).toBe('DECLARATION_NOT_FOUND');
      expect((await t.gql(SET, { id: north.member.id, sees: true }, { token: otherPartner })).errors?.[0]?.extensions?.code).toBe('USER_NOT_FOUND');
      expect((await t.gql(SET, { id: north.admin.id, sees: true }, { token: admin })).errors?.[0]?.extensions?.code).toBe('USER_NOT_A_MEMBER');
      expect((await t.gql(SET, { id: north.member.id, sees: true }, { token: member })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect((await t.gql(SET, { id: north.member.id, sees: true }, { token: admin })).data?.setSeesTeamDeclarations.seesTeamDeclarations).toBe(true);
      expect(await seen()).toBe('SEEN');
      const draft = (await t.gql(OPS.create, { input: declarationInput() }, { token: admin })).data?.createDeclaration.id;
      const changed = await t.gql(OPS.update, { id: draft, input: declarationInput() }, { token: member });
      expect(changed.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_YOURS');
      await t.gql(SET, { id: north.member.id, sees: false }, { token: admin });
      expect(await seen()).toBe('DECLARATION_NOT_FOUND');
    });

    it('does not let a partner read another partner’s declaration by id', async () => {
      const result = await t.gql(OPS.get, { id: byAdmin.id }, { token: otherPartner });
      expect(result.errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const list = await t.gql(OPS.list, { page: { limit: 100 } }, { token: otherPartner });
      expect(list.data?.declarations.items.some((d: { partnerId: string }) => d.partnerId === north.partnerId)).toBe(false);
    });

    it('shows a channel manager the declarations of their partners only, and brand users no draft', async () => {
      expect((await t.gql(OPS.get, { id: byAdmin.id }, { token: managerNorth })).data?.declaration.id).toBe(byAdmin.id);
      expect((await t.gql(OPS.get, { id: byAdmin.id }, { token: managerSouth })).errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const draft = await t.gql(OPS.create, { input: declarationInput() }, { token: admin });
      expect((await t.gql(OPS.get, { id: draft.data?.createDeclaration.id }, { token: brandAdmin })).errors?.[0]?.extensions?.code).toBe('DECLARATION_NOT_FOUND');
      const queue = await t.gql(OPS.list, { filter: { partnerId: north.partnerId }, page: { limit: 100 } }, { token: managerSouth });
      expect(queue.data?.declarations.total).toBe(0);
    });

    it('filters the queue by the segment of the partner', async () => {
      // Demo segment 1 holds the French multi-brand installers of potential A, partner 1 among them; segment 2 is Germany.
      const french = await t.gql(OPS.list, { filter: { segmentId: demoSegmentId(1) }, page: { limit: 100 } }, { token: brandAdmin });
      expect(french.data?.declarations.items.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([byAdmin.id, byMember.id]));
      const german = await t.gql(OPS.list, { filter: { segmentId: demoSegmentId(2) } }, { token: brandAdmin });
      expect(german.data?.declarations.total).toBe(0);
    });
  });

  describe('flags', () => {
    it('flags an invoice the partner already declared, and sorts the queue by risk', async () => {
      const invoice = newInvoice();
      await declare(t, admin, declarationInput({ lines: [lineInput({ invoiceReference: invoice })] }));
      const second = await declare(t, member, declarationInput({ lines: [lineInput({ invoiceReference: invoice.toLowerCase(), amount: 99 })] }));
      expect(second.flags).toEqual([{ code: 'DUPLICATE_INVOICE', severity: 'HIGH', lineId: second.lines[0].id, params: expect.arrayContaining([{ name: 'invoice', value: invoice }]) }]);
      expect(second.riskScore).toBe(40);
      const queue = await t.gql(OPS.list, { filter: { flags: ['DUPLICATE_INVOICE'], sort: 'RISK' } }, { token: brandAdmin });
      expect(queue.data?.declarations.items[0]).toMatchObject({ id: second.id, riskScore: 40 });
    });

    it('never shows the flags or the risk score to the partner', async () => {
      const invoice = newInvoice();
      await declare(t, admin, declarationInput({ lines: [lineInput({ invoiceReference: invoice })] }));
      const flagged = await declare(t, member, declarationInput({ lines: [lineInput({ invoiceReference: invoice })] }));
      expect(flagged.flags).toHaveLength(1);
      for (const token of [member, admin]) {
        const seen = await t.gql(OPS.get, { id: flagged.id }, { token });
        expect(seen.data?.declaration).toMatchObject({ flags: [], riskScore: null });
      }
      expect(flagged.riskScore).toBeGreaterThan(0);
    });

    it('flags a product open only to segments the partner is not in, and not one open to its segment', async () => {
      const create = 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }';
      const product = async (sku: string, segment: string) =>
        (await t.gql(create, { input: { sku, name: sku, category: 'Pumps', openToSegmentIds: [segment] } }, { token: brandAdmin })).data?.createProduct.id;
      // Chauffage Dupont is a French multi-brand installer of potential A: in segment 1, not in segment 2 (Germany).
      const [german, french] = [await product('ELIG-DE-1', demoSegmentId(2)), await product('ELIG-FR-1', demoSegmentId(1))];
      const declared = await declare(t, admin, declarationInput({ lines: [lineInput({ productId: german }), lineInput({ productId: french })] }));
      expect(declared.flags).toEqual([{ code: 'NOT_ELIGIBLE_SEGMENT', severity: 'HIGH', lineId: declared.lines[0].id, params: [] }]);
    });

    it('flags a serial number already declared anywhere', async () => {
      await declare(t, otherPartner, declarationInput({ lines: [lineInput({ serialNumbers: ['SN-SHARED-1'] })] }));
      const copy = await declare(t, admin, declarationInput({ lines: [lineInput({ serialNumbers: ['sn-shared-1'] })] }));
      expect(copy.flags.map((f: { code: string }) => f.code)).toEqual(['DUPLICATE_SERIAL']);
    });

    it('flags a near duplicate: same date and amount at the same partner under another invoice', async () => {
      const saleDate = daysAgo(10);
      await declare(t, admin, declarationInput({ saleDate, lines: [lineInput({ amount: 4321.5 })] }));
      const near = await declare(t, admin, declarationInput({ saleDate, lines: [lineInput({ amount: 4321.5 })] }));
      expect(near.flags.map((f: { code: string }) => f.code)).toEqual(['NEAR_DUPLICATE']);
      expect(near.riskScore).toBe(20);
    });

    it('flags a quantity far outside the partner’s approved history of the product', async () => {
      const productId = ACTIVE_PRODUCTS[5]?.id;
      await t.sql(
        `WITH d AS (
           INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, submission_key)
           SELECT $1, $2, 'APPROVED', current_date - 20, 'EUR', 100, 'history-' || n FROM generate_series(1, 6) AS n RETURNING id
         )
         INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, status)
         SELECT d.id, 0, $3, q, 100 * q, 'IN_STORE', 'APPROVED' FROM (SELECT id, 2 + (row_number() OVER () % 3)::int AS q FROM d) AS d`,
        [north.partnerId, north.admin.id, productId],
      );
      const usual = await declare(t, admin, declarationInput({ lines: [lineInput({ productId, quantity: 3, amount: 300 })] }));
      expect(usual.flags).toEqual([]);
      const odd = await declare(t, admin, declarationInput({ lines: [lineInput({ productId, quantity: 400, amount: 310 })] }));
      expect(odd.flags).toEqual([expect.objectContaining({ code: 'OUTLIER', severity: 'MEDIUM', params: expect.arrayContaining([{ name: 'measure', value: 'quantity' }]) })]);
    });

    it('flags, and does not refuse, a sale older than the declaration window', async () => {
      const late = await declare(t, admin, declarationInput({ saleDate: daysAgo(120) }));
      expect(late.status).toBe('SUBMITTED');
      expect(late.flags).toEqual([expect.objectContaining({ code: 'NOT_ELIGIBLE_WINDOW', lineId: null, params: expect.arrayContaining([{ name: 'windowDays', value: '90' }]) })]);
    });
  });
});

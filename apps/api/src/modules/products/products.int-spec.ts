import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoProductId, demoSegmentId } from '../../seed/demo-ids';
import { DEMO_PRODUCTS } from '../../seed/demo-products';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const LIST = 'query ($filter: ProductFilter, $page: PageInput) { products(filter: $filter, page: $page) { total items { id sku name category active } } }';
const GET = 'query ($id: ID!) { product(id: $id) { id sku active } }';
const CREATE = 'mutation ($input: CreateProductInput!) { createProduct(input: $input) { id sku name category active } }';
const UPDATE = 'mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id name category } }';
const SET_ACTIVE = 'mutation ($id: ID!, $active: Boolean!) { setProductActive(id: $id, active: $active) { id active } }';
const IMPORT = 'mutation ($input: CsvImportInput!) { importProducts(input: $input) { totalRows validRows created updated committed errors { row field code reason } } }';

const inactive = DEMO_PRODUCTS.filter((p) => !p.active);

describe('ProductsService', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let partner: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    manager = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
    partner = await t.tokenFor(demoPartnerAccounts(3).member.email);
  });
  afterAll(() => t.close());

  const count = async () => (await t.sql('SELECT count(*)::int AS n FROM products'))[0].n as number;

  describe('products', () => {
    it('lists every product to brand users, and only active ones to partner users', async () => {
      const all = await t.gql(LIST, { page: { limit: 100 } }, { token: admin });
      expect(all.data?.products.total).toBe(DEMO_PRODUCTS.length);
      const forPartner = await t.gql(LIST, { filter: { active: false }, page: { limit: 100 } }, { token: partner });
      expect(forPartner.data?.products.total).toBe(DEMO_PRODUCTS.length - inactive.length);
      expect(forPartner.data?.products.items.every((p: { active: boolean }) => p.active)).toBe(true);
    });

    it('searches SKU and name, and filters by category and availability', async () => {
      const search = await t.gql(LIST, { filter: { search: 'hp-aw' } }, { token: admin });
      expect(search.data?.products.total).toBe(DEMO_PRODUCTS.filter((p) => p.sku.startsWith('HP-AW')).length);
      const boilers = await t.gql(LIST, { filter: { category: 'boilers', active: false } }, { token: manager });
      expect(boilers.data?.products.items.map((p: { sku: string }) => p.sku)).toEqual(['BL-CD-18']);
    });

    it('pages, and refuses a limit below 1', async () => {
      const page = await t.gql(LIST, { page: { offset: 38, limit: 5 } }, { token: admin });
      expect(page.data?.products.items).toHaveLength(DEMO_PRODUCTS.length - 38);
      const bad = await t.gql(LIST, { page: { limit: 0 } }, { token: admin });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'limit' });
    });
  });

  describe('product and productCategories', () => {
    it('hides an inactive product from partner users', async () => {
      const id = inactive[0]?.id;
      expect((await t.gql(GET, { id }, { token: admin })).data?.product.active).toBe(false);
      expect((await t.gql(GET, { id }, { token: partner })).errors?.[0]?.extensions?.code).toBe('PRODUCT_NOT_FOUND');
    });

    it('lists the categories, sorted', async () => {
      const result = await t.gql('{ productCategories }', {}, { token: partner });
      expect(result.data?.productCategories).toEqual(['Accessories', 'Air conditioning', 'Boilers', 'Heat pumps', 'Solar', 'Water heaters']);
    });
  });

  describe('createProduct, updateProduct and setProductActive', () => {
    it('create an active product with a normalised SKU', async () => {
      const result = await t.gql(CREATE, { input: { sku: ' hp-aw-20 ', name: 'Aria 20 kW', category: 'Heat pumps' } }, { token: admin });
      expect(result.data?.createProduct).toMatchObject({ sku: 'HP-AW-20', active: true });
    });

    it('refuse a SKU already used, whatever its case', async () => {
      const result = await t.gql(CREATE, { input: { sku: 'hp-aw-06', name: 'Copy', category: 'Heat pumps' } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PRODUCT_SKU_TAKEN', field: 'sku', reason: 'unique' });
    });

    it.each([
      ['sku', { sku: 'bad sku' }],
      ['name', { name: '' }],
      ['category', { category: 'x'.repeat(81) }],
    ])('refuse a bad %s and write nothing', async (field, patch) => {
      const before = await count();
      const result = await t.gql(CREATE, { input: { sku: 'OK-1', name: 'Ok', category: 'Solar', ...patch } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field });
      expect(await count()).toBe(before);
    });

    it('update name and category, and switch availability', async () => {
      const id = demoProductId(2);
      const updated = await t.gql(UPDATE, { id, input: { name: 'Aria 8 kW R290' } }, { token: admin });
      expect(updated.data?.updateProduct).toEqual({ id, name: 'Aria 8 kW R290', category: 'Heat pumps' });
      const blank = await t.gql(UPDATE, { id, input: { category: ' ' } }, { token: admin });
      expect(blank.errors?.[0]?.extensions).toMatchObject({ field: 'category', reason: 'isNotEmpty' });
      const off = await t.gql(SET_ACTIVE, { id, active: false }, { token: admin });
      expect(off.data?.setProductActive.active).toBe(false);
      expect((await t.sql('SELECT active, category FROM products WHERE id = $1', [id]))[0]).toEqual({ active: false, category: 'Heat pumps' });
    });

    it('are refused to channel managers and partner users', async () => {
      for (const token of [manager, partner]) {
        const result = await t.gql(SET_ACTIVE, { id: demoProductId(3), active: false }, { token });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
      expect((await t.sql('SELECT active FROM products WHERE id = $1', [demoProductId(3)]))[0].active).toBe(true);
    });
  });

  describe('openToSegmentIds', () => {
    const SEGMENTS = 'query ($id: ID!) { product(id: $id) { id openToSegmentIds } }';
    const DELETE_SEGMENT = 'mutation ($id: ID!) { deleteSegment(id: $id) }';

    it('opens a product to segments, shows them to brand users only, and keeps a used segment from deletion', async () => {
      const created = await t.gql(CREATE, { input: { sku: 'SEG-ONLY-1', name: 'Reserved', category: 'Pumps', openToSegmentIds: [demoSegmentId(2)] } }, { token: admin });
      const id = created.data?.createProduct.id;
      expect((await t.gql(SEGMENTS, { id }, { token: admin })).data?.product.openToSegmentIds).toEqual([demoSegmentId(2)]);
      expect((await t.gql(SEGMENTS, { id }, { token: partner })).data?.product.openToSegmentIds).toBeNull();
      const refused = await t.gql(DELETE_SEGMENT, { id: demoSegmentId(2) }, { token: admin });
      expect(refused.errors?.[0].extensions?.code).toBe('SEGMENT_IN_USE');
      expect((await t.sql('SELECT count(*)::int AS n FROM segments WHERE id = $1', [demoSegmentId(2)]))[0].n).toBe(1);
      await t.gql(UPDATE, { id, input: { openToSegmentIds: [] } }, { token: admin });
      expect((await t.gql(SEGMENTS, { id }, { token: admin })).data?.product.openToSegmentIds).toEqual([]);
    });

    it('answers an unknown segment with the field and creates nothing', async () => {
      const before = await count();
      const result = await t.gql(CREATE, { input: { sku: 'SEG-BAD-1', name: 'Bad', category: 'Pumps', openToSegmentIds: ['00000000-0000-4000-8000-000000000999'] } }, { token: admin });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'SEGMENT_NOT_FOUND', field: 'openToSegmentIds' });
      expect(await count()).toBe(before);
    });
  });

  describe('importProducts', () => {
    it('creates and updates by SKU, and keeps availability when the column is empty', async () => {
      const csv = 'sku;name;category;active\nnew-1;Nouvelle pompe;Heat pumps;\nBL-CD-24;Condensa 24 kW v2;Boilers;non\nAC-SP-25;Brisa 2.5;Air conditioning;\n';
      const result = await t.gql(IMPORT, { input: { csv, dryRun: false } }, { token: admin });
      expect(result.data?.importProducts).toEqual({ totalRows: 3, validRows: 3, created: 1, updated: 2, committed: true, errors: [] });
      const rows = await t.sql("SELECT sku, name, active FROM products WHERE sku IN ('NEW-1', 'BL-CD-24', 'AC-SP-25') ORDER BY sku");
      expect(rows).toEqual([
        { sku: 'AC-SP-25', name: 'Brisa 2.5', active: true },
        { sku: 'BL-CD-24', name: 'Condensa 24 kW v2', active: false },
        { sku: 'NEW-1', name: 'Nouvelle pompe', active: true },
      ]);
    });

    it('writes nothing when one row is bad', async () => {
      const before = await t.sql('SELECT sku, name, active FROM products ORDER BY sku');
      const csv = 'sku,name,category,active\nNEW-2,Fine,Solar,yes\nNEW-3,Bad flag,Solar,maybe\n';
      const result = await t.gql(IMPORT, { input: { csv, dryRun: false } }, { token: admin });
      expect(result.data?.importProducts).toMatchObject({ totalRows: 2, validRows: 1, committed: false, errors: [{ row: 2, field: 'active', code: 'INVALID_INPUT', reason: 'isBoolean' }] });
      expect(await t.sql('SELECT sku, name, active FROM products ORDER BY sku')).toEqual(before);
    });
  });
});

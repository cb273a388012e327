import { randomUUID } from 'node:crypto';

import { CREATE_ITEM, createItem, givePoints, ITEM_FIELDS, itemInput, order, PLACE } from '../../../test/support/rewards';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoSegmentId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const ITEMS = `query ($filter: RewardItemFilter, $page: PageInput) { rewardItems(filter: $filter, page: $page) { total items { ${ITEM_FIELDS} } } }`;
const ITEM = `query ($id: ID!) { rewardItem(id: $id) { ${ITEM_FIELDS} title description } }`;
const UPDATE = `mutation ($id: ID!, $input: RewardItemInput!) { updateRewardItem(id: $id, input: $input) { ${ITEM_FIELDS} } }`;
const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setRewardItemActive(id: $id, active: $active) { id active } }`;
const RESTOCK = `mutation ($id: ID!, $quantity: Int!) { restockRewardItem(id: $id, quantity: $quantity) { id stock } }`;
const IMPORT = `mutation ($input: CsvImportInput!) { importRewardItems(input: $input) { totalRows validRows created updated committed errors { row field code } } }`;

/** Partner 1 is a French installer; segment 2 holds the German partners only. */
const p1 = demoPartnerAccounts(1);
const GERMAN_PARTNERS = demoSegmentId(2);

describe('RewardCatalogueService', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids = async (token: string, filter: Record<string, unknown> = {}) =>
    (await t.gql(ITEMS, { filter, page: { limit: 100 } }, { token })).data?.rewardItems.items.map((i: { id: string }) => i.id) as string[];

  beforeAll(async () => {
    t = await createTestApp();
    tokens.admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    tokens.north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    tokens.p1Member = await t.tokenFor(p1.member.email);
  });
  afterAll(() => t.close());

  describe('createRewardItem', () => {
    it('creates an item with its segments, for brand admins only', async () => {
      const input = itemInput({ segmentIds: [GERMAN_PARTNERS], stock: 3 });
      const created = await t.gql(CREATE_ITEM, { input }, { token: tokens.admin });
      expect(created.data?.createRewardItem).toMatchObject({ sku: input.sku, stock: 3, active: true, segmentIds: [GERMAN_PARTNERS], orderableByMe: null, affordable: null });
      const refused = await t.gql(CREATE_ITEM, { input: itemInput() }, { token: tokens.north });
      expect(refused.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN/);
    });

    it('answers the field of a bad value and writes nothing', async () => {
      const [{ n: before }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM reward_items');
      const taken = await createItem(t, tokens.admin);
      for (const [input, field] of [
        [itemInput({ pointsCost: 0 }), 'pointsCost'],
        [itemInput({ imageUrls: ['http://insecure.example/a.png'] }), 'imageUrls'],
        [itemInput({ sku: taken.sku }), 'sku'],
        [itemInput({ segmentIds: [randomUUID()] }), 'segmentIds'],
        [itemInput({ availableFrom: '2027-02-01T00:00:00Z', availableTo: '2027-01-01T00:00:00Z' }), 'availableTo'],
      ] as const) {
        const result = await t.gql(CREATE_ITEM, { input }, { token: tokens.admin });
        expect(result.errors?.[0]?.extensions?.field).toBe(field);
      }
      const [{ n: after }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM reward_items');
      expect(after).toBe(before + 1);
    });
  });

  describe('rewardItems', () => {
    it('shows partner users only the active items of the window open to their partner, and not found by id otherwise', async () => {
      const open = await createItem(t, tokens.admin);
      const closed = await createItem(t, tokens.admin, { segmentIds: [GERMAN_PARTNERS] });
      const ended = await createItem(t, tokens.admin, { availableTo: new Date(Date.now() - 1000).toISOString() });
      const inactive = await createItem(t, tokens.admin);
      await t.gql(SET_ACTIVE, { id: inactive.id, active: false }, { token: tokens.admin });
      const seen = await ids(tokens.p1Member);
      expect(seen).toContain(open.id);
      for (const hidden of [closed, ended, inactive]) {
        expect(seen).not.toContain(hidden.id);
        expect((await t.gql(ITEM, { id: hidden.id }, { token: tokens.p1Member })).errors?.[0]?.extensions?.code).toBe('REWARD_ITEM_NOT_FOUND');
      }
      expect(await ids(tokens.admin)).toEqual(expect.arrayContaining([open.id, closed.id, ended.id, inactive.id]));
      expect(await ids(tokens.admin, { active: false })).toContain(inactive.id);
    });

    it("tells a partner user what they can afford and order, and speaks their language", async () => {
      await givePoints(t, p1.member.id, 100);
      const cheap = await createItem(t, tokens.admin, { pointsCost: 60, limitPerUser: 1, limitPeriod: 'YEAR', titleFr: 'Casquette', titleEn: 'Cap' });
      const dear = await createItem(t, tokens.admin, { pointsCost: 1_000_000 });
      const soldOut = await createItem(t, tokens.admin, { pointsCost: 1, stock: 0 });
      const read = async (id: string) => (await t.gql(ITEM, { id }, { token: tokens.p1Member })).data?.rewardItem;
      expect(await read(cheap.id)).toMatchObject({ affordable: true, orderableByMe: true, segmentIds: null, title: expect.any(String) });
      expect(await read(dear.id)).toMatchObject({ affordable: false, orderableByMe: true });
      expect(await read(soldOut.id)).toMatchObject({ orderableByMe: false });
      const affordable = await ids(tokens.p1Member, { affordable: true });
      expect(affordable).toContain(cheap.id);
      expect(affordable).not.toContain(dear.id);
      await t.gql(PLACE, { input: order(cheap.id) }, { token: tokens.p1Member });
      expect(await read(cheap.id)).toMatchObject({ orderableByMe: false });
      await t.sql("UPDATE users SET locale = 'en' WHERE id = $1", [p1.member.id]);
      expect((await read(cheap.id)).title).toBe('Cap');
      await t.sql("UPDATE users SET locale = 'fr' WHERE id = $1", [p1.member.id]);
      expect((await read(cheap.id)).title).toBe('Casquette');
    });

    it('searches titles in both languages and SKUs, ignoring case and accents', async () => {
      const item = await createItem(t, tokens.admin, { titleFr: 'Glacière électrique', titleEn: 'Electric cooler' });
      expect(await ids(tokens.p1Member, { search: 'GLACIERE' })).toContain(item.id);
      expect(await ids(tokens.p1Member, { search: 'cooler' })).toContain(item.id);
      expect(await ids(tokens.p1Member, { search: item.sku.toLowerCase() })).toContain(item.id);
    });
  });

  describe('updateRewardItem, restockRewardItem', () => {
    it('replaces the fields and adds stock', async () => {
      const item = await createItem(t, tokens.admin, { stock: 2 });
      const updated = await t.gql(UPDATE, { id: item.id, input: itemInput({ sku: item.sku, pointsCost: 99, stock: 5, segmentIds: [GERMAN_PARTNERS] }) }, { token: tokens.admin });
      expect(updated.data?.updateRewardItem).toMatchObject({ pointsCost: 99, stock: 5, segmentIds: [GERMAN_PARTNERS] });
      const restocked = await t.gql(RESTOCK, { id: item.id, quantity: 10 }, { token: tokens.admin });
      expect(restocked.data?.restockRewardItem.stock).toBe(15);
      const zero = await t.gql(RESTOCK, { id: item.id, quantity: 0 }, { token: tokens.admin });
      expect(zero.errors?.[0]?.extensions?.field).toBe('quantity');
    });
  });

  describe('importRewardItems', () => {
    const header = 'sku,title_fr,title_en,category,delivery,points_cost,stock,limit_per_user,limit_period,image_urls,active';

    it('reports every bad row with its column and writes nothing, then imports a good file (dry run first)', async () => {
      const bad = `${header}\nIMP-1,Sac,Bag,goodie,shipped,120,10,,,https://example.com/bag.png,\nIMP-2,Stylo,Pen,pencil,shipped,-5,,,,,\nIMP-1,Sac,Bag,goodie,shipped,120,,,,,\n`;
      const refused = await t.gql(IMPORT, { input: { csv: bad, dryRun: false } }, { token: tokens.admin });
      expect(refused.data?.importRewardItems).toMatchObject({ totalRows: 3, validRows: 1, committed: false });
      expect(refused.data?.importRewardItems.errors).toEqual(
        expect.arrayContaining([
          { row: 2, field: 'category', code: 'INVALID_INPUT' },
          { row: 2, field: 'points_cost', code: 'INVALID_INPUT' },
          { row: 3, field: 'sku', code: 'CSV_DUPLICATE_ROW' },
        ]),
      );
      expect(await t.sql("SELECT 1 FROM reward_items WHERE sku LIKE 'IMP-%'")).toHaveLength(0);

      const good = `${header}\nIMP-1,Sac,Bag,goodie,shipped,120,10,1,month,https://example.com/bag.png|https://example.com/bag2.png,\nimp-2,Carte cadeau,Gift card,Gift card,digital,500,,,,,no\n`;
      const dry = await t.gql(IMPORT, { input: { csv: good, dryRun: true } }, { token: tokens.admin });
      expect(dry.data?.importRewardItems).toMatchObject({ validRows: 2, created: 2, committed: false });
      expect(await t.sql("SELECT 1 FROM reward_items WHERE sku LIKE 'IMP-%'")).toHaveLength(0);
      const done = await t.gql(IMPORT, { input: { csv: good, dryRun: false } }, { token: tokens.admin });
      expect(done.data?.importRewardItems).toMatchObject({ created: 2, updated: 0, committed: true });
      const rows = await t.sql("SELECT sku, category, delivery, points_cost, stock, limit_per_user, limit_period, image_urls, active FROM reward_items WHERE sku LIKE 'IMP-%' ORDER BY sku");
      expect(rows).toEqual([
        { sku: 'IMP-1', category: 'GOODIE', delivery: 'SHIPPED', points_cost: 120, stock: 10, limit_per_user: 1, limit_period: 'MONTH', image_urls: ['https://example.com/bag.png', 'https://example.com/bag2.png'], active: true },
        { sku: 'IMP-2', category: 'GIFT_CARD', delivery: 'DIGITAL', points_cost: 500, stock: null, limit_per_user: null, limit_period: null, image_urls: [], active: false },
      ]);
      const again = await t.gql(IMPORT, { input: { csv: `${header}\nIMP-1,Sac XL,Bag XL,goodie,shipped,130,,,,,\n`, dryRun: false } }, { token: tokens.admin });
      expect(again.data?.importRewardItems).toMatchObject({ created: 0, updated: 1, committed: true });
      expect((await t.sql("SELECT title_en, points_cost FROM reward_items WHERE sku = 'IMP-1'"))[0]).toEqual({ title_en: 'Bag XL', points_cost: 130 });
    });
  });
});

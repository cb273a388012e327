import { randomUUID } from 'node:crypto';

import { ADDRESS, availablePoints, createItem, givePoints, ledgerSum, order, ORDER_FIELDS, PLACE } from '../../../test/support/rewards';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const ORDER = `query ($id: ID!) { rewardOrder(id: $id) { ${ORDER_FIELDS} } }`;
const MY_ORDERS = `query ($filter: RewardOrderFilter) { myRewardOrders(filter: $filter) { total items { id } } }`;
const ORDERS = `query ($filter: RewardOrderFilter) { rewardOrders(filter: $filter) { total items { id partner { id } } } }`;
const CANCEL = `mutation ($id: ID!) { cancelRewardOrder(id: $id) { ${ORDER_FIELDS} } }`;
const APPROVE = `mutation ($ids: [ID!]!) { approveRewardOrders(ids: $ids) { id status } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectRewardOrder(id: $id, reason: $reason) { ${ORDER_FIELDS} } }`;
const SHIP = `mutation ($id: ID!, $input: ShipOrderInput!) { shipRewardOrder(id: $id, input: $input) { ${ORDER_FIELDS} } }`;
const DELIVER = `mutation ($ids: [ID!]!) { deliverRewardOrders(ids: $ids) { id status } }`;
const CANCEL_AS_BRAND = `mutation ($id: ID!, $reason: String!) { cancelRewardOrderAsBrand(id: $id, reason: $reason) { ${ORDER_FIELDS} } }`;
const IMPORT_TRACKING = `mutation ($input: CsvImportInput!) { importTrackingNumbers(input: $input) { totalRows validRows updated committed errors { row field code } } }`;
const ADDRESS_QUERY = 'query { myShippingAddress { recipient line1 city country } }';

/** Partner 1 is the northern channel manager's, partner 4 the southern one's. */
const p1 = demoPartnerAccounts(1);
const p4 = demoPartnerAccounts(4);

describe('RewardOrdersService', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const counts = async () =>
    (
      await t.sql<{ orders: number; entries: number; events: number }>(
        'SELECT (SELECT count(*) FROM reward_orders)::int AS orders, (SELECT count(*) FROM ledger_entries)::int AS entries, (SELECT count(*) FROM reward_order_events)::int AS events',
      )
    )[0];
  const stockOf = async (id: string) => (await t.sql<{ stock: number | null }>('SELECT stock FROM reward_items WHERE id = $1', [id]))[0].stock;
  const place = async (token: string, input: Record<string, unknown>) => t.gql(PLACE, { input }, { token });
  const placed = async (token: string, input: Record<string, unknown>) => {
    const result = await place(token, input);
    if (!result.data?.placeRewardOrder) throw new Error(`placeRewardOrder failed: ${JSON.stringify(result.errors)}`);
    return result.data.placeRewardOrder;
  };

  beforeAll(async () => {
    t = await createTestApp();
    tokens.admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    tokens.north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    tokens.south = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
    tokens.p1Admin = await t.tokenFor(p1.admin.email);
    tokens.p1Member = await t.tokenFor(p1.member.email);
    tokens.p4Member = await t.tokenFor(p4.member.email);
    for (const id of [p1.admin.id, p1.member.id, p4.member.id]) await givePoints(t, id, 10_000);
  });
  afterAll(() => t.close());

  describe('placeRewardOrder', () => {
    it('debits the points and the stock, records the request and remembers the address when asked', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 150, stock: 5 });
      const before = await availablePoints(t, p1.member.id);
      const result = await placed(tokens.p1Member, order(item.id, 2, { rememberAddress: true }));
      expect(result).toMatchObject({
        status: 'REQUESTED',
        totalPoints: 300,
        refundedPoints: 0,
        reference: expect.stringMatching(/^R-\d{4}-\d{6}$/),
        partner: { id: p1.partnerId },
        orderedById: p1.member.id,
        lines: [{ quantity: 2, pointsEach: 150, points: 300, item: { id: item.id } }],
        events: [{ status: 'REQUESTED' }],
        shippingAddress: { recipient: ADDRESS.recipient, city: 'Paris', country: 'FR' },
      });
      expect(await availablePoints(t, p1.member.id)).toBe(before - 300);
      expect(await stockOf(item.id)).toBe(3);
      const address = await t.gql(ADDRESS_QUERY, {}, { token: tokens.p1Member });
      expect(address.data?.myShippingAddress).toEqual({ recipient: ADDRESS.recipient, line1: ADDRESS.line1, city: 'Paris', country: 'FR' });
    });

    it('places one order when the same idempotency key is sent twice, even at once', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 10, stock: 10 });
      const input = order(item.id, 1);
      const before = await counts();
      const [a, b] = await Promise.all([placed(tokens.p1Member, input), placed(tokens.p1Member, input)]);
      const c = await placed(tokens.p1Member, input);
      expect(a.id).toBe(b.id);
      expect(c.id).toBe(a.id);
      expect((await counts()).orders).toBe(before.orders + 1);
      expect(await stockOf(item.id)).toBe(9);
    });

    it.each([
      ['a quantity of 0', (itemId: string) => order(itemId, 0), 'lines.0.quantity'],
      ['a negative quantity', (itemId: string) => order(itemId, -2), 'lines.0.quantity'],
      ['an unknown item', () => order(randomUUID(), 1), 'lines.0.itemId'],
      ['no shipping address for a shipped item', (itemId: string) => ({ ...order(itemId, 1), shippingAddress: null }), 'shippingAddress'],
      ['more than the stock', (itemId: string) => order(itemId, 4), 'lines.0.quantity'],
      ['more points than the balance', (itemId: string) => order(itemId, 1, { lines: [{ itemId, quantity: 3 }] }), 'lines'],
    ])('answers the field of %s and changes nothing', async (_case, input, field) => {
      const item = await createItem(t, tokens.admin, { pointsCost: 4000, stock: 3 });
      const before = { ...(await counts()), points: await availablePoints(t, p4.member.id) };
      const result = await place(tokens.p4Member, input(item.id));
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
      expect(result.data).toBeNull();
      expect({ ...(await counts()), points: await availablePoints(t, p4.member.id) }).toEqual(before);
      expect(await stockOf(item.id)).toBe(3);
    });

    it('requires an e-mail for a digital item', async () => {
      const item = await createItem(t, tokens.admin, { delivery: 'DIGITAL', category: 'GIFT_CARD' });
      const result = await place(tokens.p1Member, { lines: [{ itemId: item.id, quantity: 1 }], idempotencyKey: randomUUID() });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'REWARD_DELIVERY_EMAIL_REQUIRED', field: 'deliveryEmail' });
      const ok = await placed(tokens.p1Member, { lines: [{ itemId: item.id, quantity: 1 }], deliveryEmail: 'lea@example.com', idempotencyKey: randomUUID() });
      expect(ok).toMatchObject({ deliveryEmail: 'lea@example.com', shippingAddress: null });
    });

    it('refuses an item not open to the partner, inactive or out of its window, naming the line', async () => {
      const closed = await createItem(t, tokens.admin, { segmentIds: ['00000000-0000-4000-8000-d00000000002'] });
      const inactive = await createItem(t, tokens.admin);
      await t.sql('UPDATE reward_items SET active = false WHERE id = $1', [inactive.id]);
      const later = await createItem(t, tokens.admin, { availableFrom: new Date(Date.now() + 86_400_000).toISOString() });
      const open = await createItem(t, tokens.admin);
      for (const [id, code] of [[closed.id, 'REWARD_ITEM_NOT_FOUND'], [inactive.id, 'REWARD_ITEM_UNAVAILABLE'], [later.id, 'REWARD_ITEM_UNAVAILABLE']]) {
        const result = await place(tokens.p1Member, { ...order(open.id), lines: [{ itemId: open.id, quantity: 1 }, { itemId: id, quantity: 1 }] });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code, field: 'lines.1.itemId' });
      }
    });

    it('counts the limit per user over the period, without cancelled orders', async () => {
      const item = await createItem(t, tokens.admin, { limitPerUser: 2, limitPeriod: 'MONTH' });
      const first = await placed(tokens.p1Admin, order(item.id, 2));
      const over = await place(tokens.p1Admin, order(item.id, 1));
      expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'REWARD_LIMIT_REACHED', field: 'lines.0.quantity' });
      await t.gql(CANCEL, { id: first.id }, { token: tokens.p1Admin });
      expect((await place(tokens.p1Admin, order(item.id, 1))).data?.placeRewardOrder.status).toBe('REQUESTED');
    });

    it('refuses brand users', async () => {
      const item = await createItem(t, tokens.admin);
      const result = await place(tokens.admin, order(item.id));
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN/);
    });
  });

  describe('scope', () => {
    let p1Order: { id: string };
    let p4Order: { id: string };
    beforeAll(async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 5 });
      p1Order = await placed(tokens.p1Member, order(item.id));
      p4Order = await placed(tokens.p4Member, order(item.id));
    });

    it("hides another partner's orders from a partner, by id and in lists", async () => {
      const byId = await t.gql(ORDER, { id: p4Order.id }, { token: tokens.p1Admin });
      expect(byId.errors?.[0]?.extensions?.code).toBe('REWARD_ORDER_NOT_FOUND');
      const list = await t.gql(MY_ORDERS, {}, { token: tokens.p1Admin });
      const ids = list.data?.myRewardOrders.items.map((o: { id: string }) => o.id);
      expect(ids).toContain(p1Order.id);
      expect(ids).not.toContain(p4Order.id);
    });

    it("shows a partner member their own orders only, and a partner admin the team's", async () => {
      const adminOrder = await placed(tokens.p1Admin, order((await createItem(t, tokens.admin, { pointsCost: 5 })).id));
      const mine = await t.gql(MY_ORDERS, {}, { token: tokens.p1Member });
      expect(mine.data?.myRewardOrders.items.map((o: { id: string }) => o.id)).not.toContain(adminOrder.id);
      expect((await t.gql(ORDER, { id: adminOrder.id }, { token: tokens.p1Member })).errors?.[0]?.extensions?.code).toBe('REWARD_ORDER_NOT_FOUND');
      const team = await t.gql(MY_ORDERS, {}, { token: tokens.p1Admin });
      expect(team.data?.myRewardOrders.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([adminOrder.id, p1Order.id]));
    });

    it("shows a channel manager their partners' orders only, and lets them act on those only", async () => {
      const list = await t.gql(ORDERS, {}, { token: tokens.north });
      const ids = list.data?.rewardOrders.items.map((o: { id: string }) => o.id);
      expect(ids).toContain(p1Order.id);
      expect(ids).not.toContain(p4Order.id);
      expect((await t.gql(ORDER, { id: p4Order.id }, { token: tokens.north })).errors?.[0]?.extensions?.code).toBe('REWARD_ORDER_NOT_FOUND');
      const approve = await t.gql(APPROVE, { ids: [p4Order.id] }, { token: tokens.north });
      expect(approve.errors?.[0]?.extensions?.code).toBe('REWARD_ORDER_NOT_FOUND');
      const all = await t.gql(ORDERS, { filter: { partnerId: p4.partnerId } }, { token: tokens.admin });
      expect(all.data?.rewardOrders.items.map((o: { id: string }) => o.id)).toContain(p4Order.id);
    });

    it('refuses the brand queue to partner users', async () => {
      expect((await t.gql(ORDERS, {}, { token: tokens.p1Admin })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN/);
    });
  });

  describe('refunds', () => {
    it('refunds a cancelled order once and puts the stock back, however often it is cancelled', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 100, stock: 4 });
      const before = await availablePoints(t, p1.member.id);
      const placedOrder = await placed(tokens.p1Member, order(item.id, 2));
      const results = await Promise.all(Array.from({ length: 5 }, () => t.gql(CANCEL, { id: placedOrder.id }, { token: tokens.p1Member })));
      results.forEach((r) => expect(r.data?.cancelRewardOrder).toMatchObject({ status: 'CANCELLED', refundedPoints: 200 }));
      const again = await t.gql(CANCEL, { id: placedOrder.id }, { token: tokens.p1Member });
      expect(again.data?.cancelRewardOrder.status).toBe('CANCELLED');
      expect(await availablePoints(t, p1.member.id)).toBe(before);
      expect(await stockOf(item.id)).toBe(4);
      const refunds = await t.sql('SELECT amount FROM ledger_entries WHERE kind = $1 AND source_id = $2', ['REDEMPTION_REFUND', placedOrder.id]);
      expect(refunds).toEqual([{ amount: 200 }]);
      expect(await ledgerSum(t, p1.member.id)).toBe(before);
    });

    it('refunds a rejected order once, even when brand users reject and cancel it at once, and tells the orderer', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 70, stock: 1 });
      const before = await availablePoints(t, p1.member.id);
      const placedOrder = await placed(tokens.p1Member, order(item.id));
      await t.gql(APPROVE, { ids: [placedOrder.id] }, { token: tokens.north });
      const results = await Promise.all([
        ...Array.from({ length: 4 }, () => t.gql(REJECT, { id: placedOrder.id, reason: 'Out of production' }, { token: tokens.admin })),
        t.gql(CANCEL_AS_BRAND, { id: placedOrder.id, reason: 'Duplicate' }, { token: tokens.north }),
      ]);
      expect(results.filter((r) => r.data).length).toBeGreaterThanOrEqual(1);
      const refunds = await t.sql('SELECT amount FROM ledger_entries WHERE kind = $1 AND source_id = $2', ['REDEMPTION_REFUND', placedOrder.id]);
      expect(refunds).toEqual([{ amount: 70 }]);
      expect(await availablePoints(t, p1.member.id)).toBe(before);
      expect(await stockOf(item.id)).toBe(1);
      const final = await t.gql(ORDER, { id: placedOrder.id }, { token: tokens.p1Member });
      expect(['REJECTED', 'CANCELLED']).toContain(final.data?.rewardOrder.status);
      const notes = await t.sql('SELECT kind FROM notifications WHERE user_id = $1 AND link = $2 ORDER BY created_at', [p1.member.id, `/rewards/orders/${placedOrder.id}`]);
      expect(notes.map((n) => n.kind)).toEqual(['REWARD_ORDER_APPROVED', expect.stringMatching(/REWARD_ORDER_(REJECTED|CANCELLED)/)]);
      await t.mailbox.waitFor(p1.member.email, /R-\d{4}-\d{6}/);
    });

    it('refuses to cancel an order the brand approved', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 5 });
      const placedOrder = await placed(tokens.p1Member, order(item.id));
      await t.gql(APPROVE, { ids: [placedOrder.id] }, { token: tokens.admin });
      const result = await t.gql(CANCEL, { id: placedOrder.id }, { token: tokens.p1Member });
      expect(result.errors?.[0]?.extensions?.code).toBe('REWARD_ORDER_STATUS_CONFLICT');
    });
  });

  describe('fulfilment', () => {
    it('ships an approved order with its tracking, then delivers it, with the history', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 5 });
      const placedOrder = await placed(tokens.p1Member, order(item.id));
      const early = await t.gql(SHIP, { id: placedOrder.id, input: { carrier: 'La Poste', trackingNumber: '6A123' } }, { token: tokens.admin });
      expect(early.errors?.[0]?.extensions?.code).toBe('REWARD_ORDER_STATUS_CONFLICT');
      await t.gql(APPROVE, { ids: [placedOrder.id] }, { token: tokens.admin });
      const shipped = await t.gql(SHIP, { id: placedOrder.id, input: { carrier: 'La Poste', trackingNumber: '6A123' } }, { token: tokens.admin });
      expect(shipped.data?.shipRewardOrder).toMatchObject({ status: 'SHIPPED', carrier: 'La Poste', trackingNumber: '6A123' });
      const delivered = await t.gql(DELIVER, { ids: [placedOrder.id] }, { token: tokens.admin });
      expect(delivered.data?.deliverRewardOrders).toEqual([{ id: placedOrder.id, status: 'DELIVERED' }]);
      const read = await t.gql(ORDER, { id: placedOrder.id }, { token: tokens.p1Member });
      expect(read.data?.rewardOrder.events.map((e: { status: string }) => e.status)).toEqual(['REQUESTED', 'APPROVED', 'SHIPPED', 'DELIVERED']);
      const mail = await t.mailbox.waitFor(p1.member.email, /en route|on its way/);
      expect(mail.text).toContain('6A123');
    });

    it('ships approved orders from a CSV of tracking numbers, and writes nothing when a row is wrong', async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 5 });
      const a = await placed(tokens.p1Member, order(item.id));
      const b = await placed(tokens.p1Member, order(item.id));
      const requested = await placed(tokens.p1Member, order(item.id));
      await t.gql(APPROVE, { ids: [a.id, b.id] }, { token: tokens.north });
      const bad = `reference,carrier,tracking_number\n${a.reference},DHL,111\n${requested.reference},DHL,222\nR-1999-999999,DHL,333\n`;
      const refused = await t.gql(IMPORT_TRACKING, { input: { csv: bad, dryRun: false } }, { token: tokens.north });
      expect(refused.data?.importTrackingNumbers).toMatchObject({ committed: false, errors: [{ row: 2, field: 'reference', code: 'REWARD_ORDER_STATUS_CONFLICT' }, { row: 3, field: 'reference', code: 'REWARD_ORDER_NOT_FOUND' }] });
      expect((await t.sql('SELECT status FROM reward_orders WHERE id = $1', [a.id]))[0].status).toBe('APPROVED');
      const good = `reference;carrier;tracking_number;tracking_url\n${a.reference};DHL;111;https://dhl.example/111\n${b.reference};DHL;222;\n`;
      const dry = await t.gql(IMPORT_TRACKING, { input: { csv: good, dryRun: true } }, { token: tokens.north });
      expect(dry.data?.importTrackingNumbers).toMatchObject({ validRows: 2, committed: false, errors: [] });
      const done = await t.gql(IMPORT_TRACKING, { input: { csv: good, dryRun: false } }, { token: tokens.north });
      expect(done.data?.importTrackingNumbers).toMatchObject({ updated: 2, committed: true });
      const rows = await t.sql('SELECT status, carrier, tracking_number, tracking_url FROM reward_orders WHERE id = ANY($1) ORDER BY tracking_number', [[a.id, b.id]]);
      expect(rows).toEqual([
        { status: 'SHIPPED', carrier: 'DHL', tracking_number: '111', tracking_url: 'https://dhl.example/111' },
        { status: 'SHIPPED', carrier: 'DHL', tracking_number: '222', tracking_url: null },
      ]);
    });
  });

  describe('GET /files/reward-orders.csv', () => {
    const download = (token: string | undefined, query = '') =>
      fetch(`${t.url}/files/reward-orders.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it("streams the orders in scope with a BOM and the header, one row per line, filtered by status", async () => {
      const item = await createItem(t, tokens.admin, { pointsCost: 12, sku: 'EXPORT-MUG', titleFr: 'Mug, "export"' });
      const mine = await placed(tokens.p1Member, order(item.id, 3));
      const theirs = await placed(tokens.p4Member, order(item.id, 1));
      const response = await download(tokens.north, '?status=REQUESTED');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...lines] = bytes.subarray(3).toString('utf8').trim().split('\r\n');
      expect(header).toBe(
        'reference,created_at,partner_code,partner_name,ordered_by,status,item_sku,item_title,quantity,points,recipient,line1,line2,postal_code,city,country,phone,delivery_email,carrier,tracking_number',
      );
      const row = lines.find((l) => l.startsWith(mine.reference));
      expect(row).toContain(',REQUESTED,EXPORT-MUG,"Mug, ""export""",3,36,Léa Moreau,12 rue de la Paix,,75002,Paris,FR,');
      expect(lines.some((l) => l.startsWith(theirs.reference))).toBe(false);
      expect(lines.every((l) => l.includes(',REQUESTED,'))).toBe(true);
    });

    it('refuses partner users and callers without a token', async () => {
      expect((await download(tokens.p1Admin)).status).toBe(403);
      expect((await download(undefined)).status).toBe(401);
    });
  });
});

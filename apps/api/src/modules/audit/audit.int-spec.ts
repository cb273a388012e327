import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { tinyPdf } from '../../../test/support/proofs';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoProductId, demoRewardItemId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const north = demoPartnerAccounts(1);

const ENTRIES = `query ($filter: AuditEntryFilter, $page: PageInput) {
  auditEntries(filter: $filter, page: $page) {
    total
    items { id at actorId actorName actorEmail actorRole operation clientAddress objectType objectId action changes { field before after } }
  }
}`;
const ENTRIES_COUNT = 'query ($filter: AuditEntryFilter) { auditEntries(filter: $filter) { total totalCapped } }';
const UPDATE_PRODUCT = 'mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id name } }';
const UPDATE_PARTNER = 'mutation ($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { id city } }';

describe('AuditService', () => {
  let t: TestApp;
  let admin: string;
  let managerNorth: string;
  let managerSouth: string;
  let partnerAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    [admin, managerNorth, managerSouth, partnerAdmin] = await Promise.all([
      t.tokenFor(DEMO_USERS.brandAdmin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
      t.tokenFor(DEMO_USERS.channelManagerSouth.email),
      t.tokenFor(north.admin.email),
    ]);
  });
  afterAll(() => t.close());

  const entriesOf = async (objectId: string) =>
    t.sql('SELECT * FROM audit_entries WHERE object_id = $1 ORDER BY id', [objectId]);
  const count = async () => (await t.sql('SELECT count(*)::int AS n FROM audit_entries'))[0].n as number;

  describe('recording', () => {
    it('records a product update by a brand admin with the row before and after, the actor and the operation', async () => {
      const id = demoProductId(2);
      const [product] = await t.sql('SELECT name FROM products WHERE id = $1', [id]);
      const result = await t.gql(UPDATE_PRODUCT, { id, input: { name: 'Pompe à chaleur renommée' } }, { token: admin });
      expect(result.errors).toBeUndefined();

      const [entry, ...others] = await entriesOf(id);
      expect(others).toEqual([]);
      expect(entry).toMatchObject({
        actor_user_id: DEMO_USERS.brandAdmin.id,
        actor_role: 'BRAND_ADMIN',
        operation: 'updateProduct',
        object_type: 'products',
        action: 'UPDATE',
        changed_keys: ['name', 'updated_at'],
      });
      expect(entry.before.name).toBe(product.name);
      expect(entry.after.name).toBe('Pompe à chaleur renommée');
      expect(entry.client_address).toMatch(/127\.0\.0\.1/);
    });

    it("records a partner update by the partner's channel manager", async () => {
      const result = await t.gql(UPDATE_PARTNER, { id: north.partnerId, input: { city: 'Roubaix' } }, { token: managerNorth });
      expect(result.errors).toBeUndefined();
      const [entry] = await entriesOf(north.partnerId);
      expect(entry).toMatchObject({ actor_user_id: DEMO_USERS.channelManagerNorth.id, actor_role: 'CHANNEL_MANAGER', operation: 'updatePartner', action: 'UPDATE' });
      expect([entry.before.city, entry.after.city]).toEqual([expect.not.stringMatching('Roubaix'), 'Roubaix']);
    });

    it('records an approval: the declaration and each line decided, found with the declaration', async () => {
      const declaration = await declare(t, partnerAdmin, declarationInput({ lines: [lineInput(), lineInput()] }));
      // The partner's own writes are not back-office changes.
      expect(await entriesOf(declaration.id)).toEqual([]);

      await t.gql(OPS.approve, { id: declaration.id }, { token: managerNorth });
      const entries = await entriesOf(declaration.id);
      expect(entries.map((e) => [e.object_type, e.operation, e.before.status, e.after.status])).toEqual(
        expect.arrayContaining([
          ['declarations', 'approveDeclaration', 'SUBMITTED', 'APPROVED'],
          ['declaration_lines', 'approveDeclaration', 'PENDING', 'APPROVED'],
          ['declaration_lines', 'approveDeclaration', 'PENDING', 'APPROVED'],
        ]),
      );
      expect(entries).toHaveLength(3);
      // The points it paid are the ledger's own record, not audit entries.
      expect(await t.sql("SELECT id FROM audit_entries WHERE object_type = 'ledger_entries'")).toEqual([]);
    });

    it('records a manual points adjustment, the one ledger entry a person writes', async () => {
      const adjust = 'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id } }';
      const input = { ownerType: 'PARTNER', ownerId: north.partnerId, amount: 25, reason: 'Salon', idempotencyKey: 'audit-adjust-1' };
      const result = await t.gql(adjust, { input }, { token: admin });
      expect(result.errors).toBeUndefined();
      const [entry] = await entriesOf(result.data?.adjustPoints.id);
      expect(entry).toMatchObject({ object_type: 'ledger_entries', action: 'INSERT', operation: 'adjustPoints' });
      expect(entry.after).toMatchObject({ kind: 'MANUAL_ADJUSTMENT', amount: 25, reason: 'Salon' });
    });

    it('records a feed settings change, with only the settings row', async () => {
      const update = 'mutation ($input: UpdateFeedSettingsInput!) { updateFeedSettings(input: $input) { showPartnerNames } }';
      await t.gql(update, { input: { showPartnerNames: false } }, { token: admin });
      const [entry] = await t.sql("SELECT * FROM audit_entries WHERE object_type = 'feed_settings'");
      expect(entry).toMatchObject({ object_id: '1', operation: 'updateFeedSettings', changed_keys: ['show_partner_names', 'updated_at', 'updated_by_id'] });
      expect([entry.before.show_partner_names, entry.after.show_partner_names]).toEqual([true, false]);
    });

    it('records a write made outside any explicit transaction (a restock is one UPDATE)', async () => {
      const id = demoRewardItemId(1);
      await t.sql('UPDATE reward_items SET stock = 5 WHERE id = $1', [id]);
      const result = await t.gql('mutation ($id: ID!) { restockRewardItem(id: $id, quantity: 3) { id } }', { id }, { token: admin });
      expect(result.errors).toBeUndefined();
      const [entry, ...others] = await entriesOf(id);
      expect(others).toEqual([]);
      expect(entry).toMatchObject({ operation: 'restockRewardItem', object_type: 'reward_items' });
      expect([entry.before.stock, entry.after.stock]).toEqual([5, 8]);
    });

    it('records nothing when the input is rejected or the object is out of scope', async () => {
      const before = await count();
      const invalid = await t.gql(UPDATE_PRODUCT, { id: demoProductId(3), input: { name: '' } }, { token: admin });
      expect(invalid.errors?.[0]?.extensions?.code).toBe('INVALID_INPUT');
      const outOfScope = await t.gql(UPDATE_PARTNER, { id: north.partnerId, input: { city: 'Nice' } }, { token: managerSouth });
      expect(outOfScope.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
      expect(await count()).toBe(before);
    });

    it('records nothing for writes without a back-office user (partners, workers, SQL by hand)', async () => {
      const before = await count();
      await declare(t, partnerAdmin);
      await t.sql("UPDATE products SET name = name || ' (bis)' WHERE id = $1", [demoProductId(4)]);
      expect(await count()).toBe(before);
    });

    it('never copies a password hash', async () => {
      const invite = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }';
      const result = await t.gql(invite, { input: { email: 'audit.invite@relais.demo', firstName: 'Ada', lastName: 'Audit', role: 'CHANNEL_MANAGER', locale: 'fr' } }, { token: admin });
      expect(result.errors).toBeUndefined();
      const [entry] = await entriesOf(result.data?.inviteUser.id);
      expect(entry).toMatchObject({ object_type: 'users', action: 'INSERT' });
      expect(entry.after.email).toBe('audit.invite@relais.demo');
      expect(Object.keys(entry.after)).not.toContain('password_hash');
      expect(entry.changed_keys).not.toContain('password_hash');
    });
  });

  describe('recording authored content', () => {
    it('records an article made over GraphQL and its file sent over HTTP, without the bytes', async () => {
      const create = 'mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }';
      const created = await t.gql(create, { input: { kind: 'SERVICE_NOTE', titleFr: 'Note', bodyFr: 'Texte', titleEn: 'Note', bodyEn: 'Text' } }, { token: admin });
      expect(created.errors).toBeUndefined();
      const articleId = created.data?.createArticle.id as string;
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(tinyPdf('audit'))]), 'note.pdf');
      const uploaded = await fetch(`${t.url}/files/knowledge/articles/${articleId}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${admin}` } });
      expect(uploaded.status).toBeLessThan(300);

      const entries = await entriesOf(articleId);
      expect(entries.map((e) => [e.object_type, e.action, e.operation])).toEqual([
        ['articles', 'INSERT', 'createArticle'],
        ['article_attachments', 'INSERT', expect.stringMatching(/^POST \/files\/knowledge\/articles\//)],
      ]);
      expect(entries[1].after.file_name).toBe('note.pdf');
      expect(Object.keys(entries[1].after)).not.toContain('content');
      expect(Object.keys(entries[0].after)).not.toContain('search_fr');
    });
  });

  describe('immutability', () => {
    it('refuses UPDATE, DELETE and TRUNCATE of entries, even in SQL typed by hand', async () => {
      expect(await count()).toBeGreaterThan(0);
      await expect(t.sql("UPDATE audit_entries SET operation = 'nothing'")).rejects.toThrow(/audit_entries cannot be changed: UPDATE/);
      await expect(t.sql('DELETE FROM audit_entries')).rejects.toThrow(/audit_entries cannot be changed: DELETE/);
      await expect(t.sql('TRUNCATE audit_entries')).rejects.toThrow(/audit_entries cannot be changed: TRUNCATE/);
    });

    it('offers no mutation that touches the audit log', async () => {
      const schema = await t.gql('{ __schema { mutationType { fields { name } } } }', {}, { token: admin });
      const names = schema.data?.__schema.mutationType.fields.map((f: { name: string }) => f.name) as string[];
      expect(names.length).toBeGreaterThan(10);
      expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
    });
  });

  describe('auditEntries', () => {
    it('gives a brand admin the entries newest first, with names and changes', async () => {
      const result = await t.gql(ENTRIES, { filter: { objectId: demoProductId(2) } }, { token: admin });
      expect(result.data?.auditEntries.total).toBe(1);
      const [entry] = result.data?.auditEntries.items ?? [];
      expect(entry).toMatchObject({ actorId: DEMO_USERS.brandAdmin.id, actorEmail: DEMO_USERS.brandAdmin.email, actorRole: 'BRAND_ADMIN', operation: 'updateProduct', objectType: 'products', action: 'UPDATE' });
      expect(entry.actorName).toBeTruthy();
      expect(entry.changes.find((c: { field: string }) => c.field === 'name')).toEqual({ field: 'name', before: expect.any(String), after: '"Pompe à chaleur renommée"' });

      const all = (await t.gql(ENTRIES, {}, { token: admin })).data?.auditEntries.items as { at: string; id: string }[];
      const order = all.map((e) => [e.at, Number(e.id)]);
      expect(order).toEqual([...order].sort((a, b) => (a[0] === b[0] ? Number(b[1]) - Number(a[1]) : String(b[0]).localeCompare(String(a[0])))));
    });

    it('filters by actor, object type and day, and pages', async () => {
      const byManager = await t.gql(ENTRIES, { filter: { actorId: DEMO_USERS.channelManagerNorth.id } }, { token: admin });
      const items = byManager.data?.auditEntries.items as { actorId: string; objectType: string }[];
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((e) => e.actorId))).toEqual(new Set([DEMO_USERS.channelManagerNorth.id]));

      const lines = await t.gql(ENTRIES, { filter: { objectType: 'declaration_lines' } }, { token: admin });
      expect(lines.data?.auditEntries.total).toBe(2);

      const today = new Date().toISOString().slice(0, 10);
      const total = (await t.gql(ENTRIES, { filter: { from: today, to: today } }, { token: admin })).data?.auditEntries.total as number;
      expect(total).toBe(await count());
      expect((await t.gql(ENTRIES, { filter: { to: '2020-01-01' } }, { token: admin })).data?.auditEntries.total).toBe(0);

      const first = await t.gql(ENTRIES, { page: { offset: 0, limit: 2 } }, { token: admin });
      const second = await t.gql(ENTRIES, { page: { offset: 2, limit: 2 } }, { token: admin });
      expect(first.data?.auditEntries.items).toHaveLength(2);
      expect(second.data?.auditEntries.items[0].id).not.toBe(first.data?.auditEntries.items[1].id);
      expect(first.data?.auditEntries.total).toBe(total);
    });

    it('names the field of a bad filter', async () => {
      const result = await t.gql(ENTRIES, { filter: { objectType: 'refresh_tokens' } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'objectType' });
    });

    it("gives a channel manager their own changes only, even when asking for someone else's", async () => {
      const own = await t.gql(ENTRIES, {}, { token: managerNorth });
      const items = own.data?.auditEntries.items as { actorId: string }[];
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((e) => e.actorId))).toEqual(new Set([DEMO_USERS.channelManagerNorth.id]));
      const others = await t.gql(ENTRIES, { filter: { actorId: DEMO_USERS.brandAdmin.id } }, { token: managerNorth });
      expect(others.data?.auditEntries).toEqual({ total: 0, items: [] });
      expect((await t.gql(ENTRIES, {}, { token: managerSouth })).data?.auditEntries.total).toBe(0);
    });

    it('stops counting past 10,000 entries and says so', async () => {
      // Last of the file: these rows would swell every count above.
      await t.sql(
        `INSERT INTO audit_entries (actor_user_id, actor_role, operation, object_type, object_id, action, after, changed_keys)
         SELECT $1, 'BRAND_ADMIN', 'importProducts', 'products', 'bulk', 'INSERT', '{}', '{}' FROM generate_series(1, 10001)`,
        [DEMO_USERS.brandAdmin.id],
      );
      const capped = await t.gql(ENTRIES_COUNT, { filter: { objectId: 'bulk' } }, { token: admin });
      expect(capped.data?.auditEntries).toEqual({ total: 10000, totalCapped: true });
      const exact = await t.gql(ENTRIES_COUNT, { filter: { objectId: demoProductId(2) } }, { token: admin });
      expect(exact.data?.auditEntries).toEqual({ total: 1, totalCapped: false });
    });

    it('refuses partner users and anonymous callers', async () => {
      expect((await t.gql(ENTRIES, {}, { token: partnerAdmin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect((await t.gql(ENTRIES)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});

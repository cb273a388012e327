import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoPartnerId, demoUserId } from '../../seed/demo-ids';
import { DEMO_PARTNERS } from '../../seed/demo-partners';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const PARTNER_FIELDS = 'id code name type brandModel potential country region city status userCount channelManager { id email }';
const LIST = `query ($filter: PartnerFilter, $page: PageInput) { partners(filter: $filter, page: $page) { total items { ${PARTNER_FIELDS} } } }`;
const GET = `query ($id: ID!) { partner(id: $id) { ${PARTNER_FIELDS} } }`;
const CREATE = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { ${PARTNER_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePartnerInput!) { updatePartner(id: $id, input: $input) { id name city } }`;
const SUSPEND = 'mutation ($id: ID!) { suspendPartner(id: $id) { id status } }';
const ACTIVATE = 'mutation ($id: ID!) { activatePartner(id: $id) { id status } }';
const ASSIGN = 'mutation ($p: ID!, $cm: ID) { assignChannelManager(partnerId: $p, channelManagerId: $cm) { id channelManager { id } } }';

const north = DEMO_USERS.channelManagerNorth.id;
const south = DEMO_USERS.channelManagerSouth.id;
/** Demo partner 4 (Clim Provence) belongs to the southern manager, partner 1 to the northern one. */
const southPartner = demoPartnerId(4);
const northPartner = demoPartnerId(1);

describe('PartnersService', () => {
  let t: TestApp;
  let admin: string;
  let cmNorth: string;
  let partnerAdmin: string;
  let partnerMember: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    cmNorth = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    partnerAdmin = await t.tokenFor(demoPartnerAccounts(1).admin.email);
    partnerMember = await t.tokenFor(demoPartnerAccounts(1).member.email);
  });
  afterAll(() => t.close());

  const rowOf = async (id: string) => (await t.sql('SELECT * FROM partners WHERE id = $1', [id]))[0];

  describe('partners', () => {
    it('lists every partner to a brand admin, by name, with a total', async () => {
      const result = await t.gql(LIST, { page: { limit: 100 } }, { token: admin });
      expect(result.errors).toBeUndefined();
      expect(result.data?.partners.total).toBe(DEMO_PARTNERS.length);
      const names = result.data?.partners.items.map((p: { name: string }) => p.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('lists only their own partners to a channel manager', async () => {
      const [{ count }] = await t.sql('SELECT count(*)::int AS count FROM partners WHERE channel_manager_id = $1', [north]);
      const result = await t.gql(LIST, { page: { limit: 100 } }, { token: cmNorth });
      expect(result.data?.partners.total).toBe(count);
      expect(result.data?.partners.items.every((p: { channelManager: { id: string } }) => p.channelManager.id === north)).toBe(true);
    });

    it('pages with offset and limit', async () => {
      const all = await t.gql(LIST, { page: { limit: 100 } }, { token: admin });
      const page = await t.gql(LIST, { page: { offset: 5, limit: 5 } }, { token: admin });
      expect(page.data?.partners.total).toBe(DEMO_PARTNERS.length);
      expect(page.data?.partners.items.map((p: { id: string }) => p.id)).toEqual(
        all.data?.partners.items.slice(5, 10).map((p: { id: string }) => p.id),
      );
    });

    it('refuses a page larger than 100, naming the field', async () => {
      const result = await t.gql(LIST, { page: { limit: 101 } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'limit', reason: 'max' });
    });

    it('searches name, code and city ignoring case and accents', async () => {
      const byName = await t.gql(LIST, { filter: { search: 'ENERGIE' }, page: { limit: 100 } }, { token: admin });
      const names = byName.data?.partners.items.map((p: { name: string }) => p.name);
      expect(names).toEqual(expect.arrayContaining(['Distrib Énergie Nord', 'Énergie Alsace Services', 'Energiezentrum Köln']));
      const byCity = await t.gql(LIST, { filter: { search: 'munchen' } }, { token: admin });
      expect(byCity.data?.partners.items.map((p: { name: string }) => p.name)).toEqual(['Wärmetechnik München']);
      const byCode = await t.gql(LIST, { filter: { search: 'p-it-014' } }, { token: admin });
      expect(byCode.data?.partners.items.map((p: { code: string }) => p.code)).toEqual(['P-IT-014']);
    });

    it('treats LIKE wildcards in the search as plain characters', async () => {
      const result = await t.gql(LIST, { filter: { search: '%' } }, { token: admin });
      expect(result.data?.partners.total).toBe(0);
    });

    it('filters by type, country, potential, status and channel manager', async () => {
      const filter = { types: ['INSTALLER'], countries: ['fr'], potentials: ['A', 'C'], statuses: ['ACTIVE'], channelManagerId: north };
      const [{ count }] = await t.sql(
        `SELECT count(*)::int AS count FROM partners WHERE type = 'INSTALLER' AND country = 'FR' AND potential IN ('A','C')
           AND status = 'ACTIVE' AND channel_manager_id = $1`,
        [north],
      );
      const result = await t.gql(LIST, { filter }, { token: admin });
      expect(count).toBeGreaterThan(0);
      expect(result.data?.partners.total).toBe(count);
    });

    it('refuses partner users', async () => {
      for (const token of [partnerAdmin, partnerMember]) {
        const result = await t.gql(LIST, {}, { token });
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });
  });

  describe('partner', () => {
    it('gives a brand admin any partner with its manager and user count', async () => {
      const result = await t.gql(GET, { id: southPartner }, { token: admin });
      expect(result.data?.partner).toMatchObject({ name: 'Clim Provence', channelManager: { id: south }, userCount: 2 });
    });

    it('answers PARTNER_NOT_FOUND to a channel manager asking for a partner outside their scope', async () => {
      const result = await t.gql(GET, { id: southPartner }, { token: cmNorth });
      expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
      expect(result.data).toBeNull();
    });

    it('gives partner users their own partner only', async () => {
      const own = await t.gql(GET, { id: northPartner }, { token: partnerMember });
      expect(own.data?.partner.id).toBe(northPartner);
      const other = await t.gql(GET, { id: southPartner }, { token: partnerMember });
      expect(other.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
    });

    it('answers PARTNER_NOT_FOUND for an id that is not a uuid or names nothing', async () => {
      for (const id of ['nope', '00000000-0000-4000-8000-b99999999999']) {
        const result = await t.gql(GET, { id }, { token: admin });
        expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
      }
    });
  });

  describe('myPartner', () => {
    it("gives a partner user their organisation", async () => {
      const result = await t.gql('{ myPartner { id code } }', {}, { token: partnerAdmin });
      expect(result.data?.myPartner).toEqual({ id: northPartner, code: DEMO_PARTNERS[0]?.code });
    });

    it('refuses brand users, who have no partner', async () => {
      const result = await t.gql('{ myPartner { id } }', {}, { token: admin });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('createPartner', () => {
    const input = (code: string) => ({ code, name: 'Nouveau Partenaire', type: 'RESELLER', brandModel: 'MONO_BRAND', potential: 'B', country: 'fr', city: 'Dijon' });

    it('creates an INVITED partner with a normalised code and country', async () => {
      const result = await t.gql(CREATE, { input: { ...input(' p-fr-new-1 '), channelManagerId: south } }, { token: admin });
      expect(result.errors).toBeUndefined();
      expect(result.data?.createPartner).toMatchObject({ code: 'P-FR-NEW-1', country: 'FR', status: 'INVITED', channelManager: { id: south }, userCount: 0 });
    });

    it('makes a channel manager the manager of the partner they create', async () => {
      const result = await t.gql(CREATE, { input: input('P-FR-NEW-2') }, { token: cmNorth });
      expect(result.data?.createPartner.channelManager).toEqual({ id: north, email: DEMO_USERS.channelManagerNorth.email });
    });

    it('refuses a channel manager naming another manager', async () => {
      const result = await t.gql(CREATE, { input: { ...input('P-FR-NEW-3'), channelManagerId: south } }, { token: cmNorth });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CHANNEL_MANAGER_NOT_ALLOWED', field: 'channelManagerId' });
      expect(await t.sql("SELECT 1 FROM partners WHERE code = 'P-FR-NEW-3'")).toHaveLength(0);
    });

    it('refuses a code already used, on the code field', async () => {
      const result = await t.gql(CREATE, { input: input(DEMO_PARTNERS[1]?.code.toLowerCase()) }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_CODE_TAKEN', field: 'code', reason: 'unique' });
    });

    it.each([
      ['country', { country: 'France' }, 'isCountryCode'],
      ['type', { type: 'SHOP' }, undefined],
      ['name', { name: '   ' }, 'isNotEmpty'],
      ['code', { code: 'bad code!' }, 'matches'],
      ['channelManagerId', { channelManagerId: demoUserId(1) }, 'NOT_A_CHANNEL_MANAGER'],
    ])('refuses a bad %s and writes nothing', async (field, patch, reason) => {
      const before = await t.sql('SELECT count(*)::int AS n FROM partners');
      const result = await t.gql(CREATE, { input: { ...input('P-FR-BAD'), ...patch } }, { token: admin });
      const extensions = result.errors?.[0]?.extensions;
      // An unknown enum value is refused by GraphQL itself, before validation.
      if (reason) expect(extensions).toMatchObject({ field, reason });
      else expect(result.errors?.[0]?.message).toMatch(field === 'type' ? /PartnerType/ : /./);
      expect(await t.sql('SELECT count(*)::int AS n FROM partners')).toEqual(before);
    });

    it('refuses partner users', async () => {
      const result = await t.gql(CREATE, { input: input('P-FR-NEW-4') }, { token: partnerAdmin });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('updatePartner, suspendPartner and activatePartner', () => {
    it('let a channel manager change their own partner', async () => {
      const result = await t.gql(UPDATE, { id: northPartner, input: { city: '  Versailles ' } }, { token: cmNorth });
      expect(result.data?.updatePartner).toMatchObject({ city: 'Versailles', name: DEMO_PARTNERS[0]?.name });
      const suspended = await t.gql(SUSPEND, { id: northPartner }, { token: cmNorth });
      expect(suspended.data?.suspendPartner.status).toBe('SUSPENDED');
      const active = await t.gql(ACTIVATE, { id: northPartner }, { token: cmNorth });
      expect(active.data?.activatePartner.status).toBe('ACTIVE');
    });

    it('answer PARTNER_NOT_FOUND to a channel manager outside their scope, and change nothing', async () => {
      const before = await rowOf(southPartner);
      for (const [query, variables] of [
        [UPDATE, { id: southPartner, input: { name: 'Taken over' } }],
        [SUSPEND, { id: southPartner }],
        [ACTIVATE, { id: southPartner }],
      ] as const) {
        const result = await t.gql(query, variables, { token: cmNorth });
        expect(result.errors?.[0]?.extensions?.code).toBe('PARTNER_NOT_FOUND');
      }
      expect(await rowOf(southPartner)).toEqual(before);
    });

    it('refuse a bad country on update, naming the field', async () => {
      const before = await rowOf(northPartner);
      const result = await t.gql(UPDATE, { id: northPartner, input: { country: 'XYZ' } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'country' });
      expect(await rowOf(northPartner)).toEqual(before);
    });

    it('refuse partner users', async () => {
      const result = await t.gql(SUSPEND, { id: northPartner }, { token: partnerAdmin });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('assignChannelManager', () => {
    it('lets a brand admin assign and unassign a manager', async () => {
      const assigned = await t.gql(ASSIGN, { p: demoPartnerId(8), cm: south }, { token: admin });
      expect(assigned.data?.assignChannelManager.channelManager).toEqual({ id: south });
      const unassigned = await t.gql(ASSIGN, { p: demoPartnerId(8), cm: null }, { token: admin });
      expect(unassigned.data?.assignChannelManager.channelManager).toBeNull();
    });

    it('refuses a user who is not an active channel manager', async () => {
      const result = await t.gql(ASSIGN, { p: demoPartnerId(8), cm: demoPartnerAccounts(1).admin.id }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_A_CHANNEL_MANAGER', field: 'channelManagerId' });
      expect((await rowOf(demoPartnerId(8))).channel_manager_id).toBeNull();
    });

    it('refuses channel managers', async () => {
      const result = await t.gql(ASSIGN, { p: northPartner, cm: north }, { token: cmNorth });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

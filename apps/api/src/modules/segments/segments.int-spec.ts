import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoPartnerId, demoSegmentId } from '../../seed/demo-ids';
import { DEMO_SEGMENTS } from '../../seed/demo-segments';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { SegmentsService } from './segments.service';

const SEGMENTS = '{ segments { id name memberCount criteria { types brandModels potentials countries regions } } }';
const PREVIEW = 'query ($c: SegmentCriteriaInput!, $limit: Int) { segmentPreview(criteria: $c, limit: $limit) { count members { id name } } }';
const CREATE = 'mutation ($input: SegmentInput!) { createSegment(input: $input) { id name description memberCount criteria { types countries regions } } }';
const UPDATE = 'mutation ($id: ID!, $input: SegmentInput!) { updateSegment(id: $id, input: $input) { id name criteria { potentials } } }';
const DELETE = 'mutation ($id: ID!) { deleteSegment(id: $id) }';

describe('SegmentsService', () => {
  let t: TestApp;
  let admin: string;
  let cmSouth: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    cmSouth = await t.tokenFor(DEMO_USERS.channelManagerSouth.email);
  });
  afterAll(() => t.close());

  const countWhere = async (where: string, params: unknown[] = []) =>
    (await t.sql(`SELECT count(*)::int AS n FROM partners WHERE ${where}`, params))[0].n as number;

  describe('segments', () => {
    it('lists the segments with member counts that match the partners table', async () => {
      const result = await t.gql(SEGMENTS, {}, { token: admin });
      const byId = new Map(result.data?.segments.map((s: { id: string; memberCount: number }) => [s.id, s.memberCount]));
      expect(byId.size).toBe(DEMO_SEGMENTS.length);
      expect(byId.get(demoSegmentId(1))).toBe(await countWhere("type = 'INSTALLER' AND brand_model = 'MULTI_BRAND' AND potential = 'A' AND country = 'FR'"));
      expect(byId.get(demoSegmentId(2))).toBe(await countWhere("country = 'DE'"));
      expect(byId.get(demoSegmentId(3))).toBe(await countWhere("type = 'DISTRIBUTOR'"));
      expect(byId.get(demoSegmentId(4))).toBe(await countWhere("country IN ('FR','BE','CH') AND potential IN ('A','B')"));
    });

    it('counts only their own partners for a channel manager', async () => {
      const result = await t.gql(SEGMENTS, {}, { token: cmSouth });
      const distributors = result.data?.segments.find((s: { id: string }) => s.id === demoSegmentId(3));
      expect(distributors.memberCount).toBe(await countWhere("type = 'DISTRIBUTOR' AND channel_manager_id = $1", [DEMO_USERS.channelManagerSouth.id]));
    });

    it('are refused to partner users', async () => {
      const token = await t.tokenFor(demoPartnerAccounts(1).admin.email);
      for (const query of [SEGMENTS, `{ segment(id: "${demoSegmentId(1)}") { id } }`]) {
        expect((await t.gql(query, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });

    it('answers SEGMENT_NOT_FOUND for an unknown id', async () => {
      const result = await t.gql('query ($id: ID!) { segment(id: $id) { id } }', { id: demoPartnerId(1) }, { token: admin });
      expect(result.errors?.[0]?.extensions?.code).toBe('SEGMENT_NOT_FOUND');
    });
  });

  describe('segmentPreview', () => {
    it('counts and lists the partners the criteria select, by name', async () => {
      const criteria = { types: ['INSTALLER', 'RESELLER'], potentials: ['B'], countries: ['fr', 'de', 'it'] };
      const result = await t.gql(PREVIEW, { c: criteria, limit: 3 }, { token: admin });
      const expected = await t.sql(
        "SELECT id, name FROM partners WHERE type IN ('INSTALLER','RESELLER') AND potential = 'B' AND country IN ('FR','DE','IT') ORDER BY name, id",
      );
      expect(result.data?.segmentPreview.count).toBe(expected.length);
      expect(result.data?.segmentPreview.members).toEqual(expected.slice(0, 3));
    });

    it('selects every partner with empty criteria, and matches regions without case', async () => {
      expect((await t.gql(PREVIEW, { c: {} }, { token: admin })).data?.segmentPreview.count).toBe(await countWhere('true'));
      const bayern = await t.gql(PREVIEW, { c: { regions: ['BAYERN', 'lombardia'], brandModels: [] } }, { token: admin });
      expect(bayern.data?.segmentPreview.count).toBe(await countWhere("region IN ('Bayern','Lombardia')"));
    });

    it('keeps a channel manager within their scope', async () => {
      const result = await t.gql(PREVIEW, { c: { potentials: ['A'] }, limit: 100 }, { token: cmSouth });
      expect(result.data?.segmentPreview.count).toBe(await countWhere("potential = 'A' AND channel_manager_id = $1", [DEMO_USERS.channelManagerSouth.id]));
    });

    it('refuses bad criteria and limits, naming the field', async () => {
      const country = await t.gql(PREVIEW, { c: { countries: ['FRA'] } }, { token: admin });
      expect(country.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'countries', reason: 'isCountryCode' });
      const limit = await t.gql(PREVIEW, { c: {}, limit: 101 }, { token: admin });
      expect(limit.errors?.[0]?.extensions).toMatchObject({ field: 'limit', reason: 'max' });
    });
  });

  describe('createSegment, updateSegment and deleteSegment', () => {
    it('create a segment with normalised criteria', async () => {
      const input = { name: '  Italian installers ', criteria: { types: ['INSTALLER', 'INSTALLER'], countries: [' it'], regions: ['Lombardia', 'LOMBARDIA'] } };
      const result = await t.gql(CREATE, { input }, { token: admin });
      expect(result.data?.createSegment).toMatchObject({
        name: 'Italian installers',
        description: '',
        criteria: { types: ['INSTALLER'], countries: ['IT'], regions: ['Lombardia'] },
        memberCount: await countWhere("type = 'INSTALLER' AND country = 'IT' AND lower(region) = 'lombardia'"),
      });
    });

    it('refuse a name already used, ignoring case, on the name field', async () => {
      const before = await t.sql('SELECT count(*)::int AS n FROM segments');
      const result = await t.gql(CREATE, { input: { name: 'german PARTNERS', criteria: {} } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SEGMENT_NAME_TAKEN', field: 'name' });
      expect(await t.sql('SELECT count(*)::int AS n FROM segments')).toEqual(before);
    });

    it('refuse bad criteria, naming the nested field', async () => {
      const result = await t.gql(UPDATE, { id: demoSegmentId(2), input: { name: 'German partners', criteria: { regions: ['x'.repeat(121)] } } }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'criteria.regions', reason: 'maxLength' });
    });

    it('update and delete a segment', async () => {
      const updated = await t.gql(UPDATE, { id: demoSegmentId(2), input: { name: 'German partners', criteria: { countries: ['DE'], potentials: ['A'] } } }, { token: admin });
      expect(updated.data?.updateSegment.criteria.potentials).toEqual(['A']);
      expect((await t.gql(DELETE, { id: demoSegmentId(4) }, { token: admin })).data?.deleteSegment).toBe(true);
      expect(await t.sql('SELECT 1 FROM segments WHERE id = $1', [demoSegmentId(4)])).toHaveLength(0);
    });

    it('are refused to channel managers', async () => {
      const result = await t.gql(DELETE, { id: demoSegmentId(1) }, { token: cmSouth });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('isMember and partnerIdsQuery', () => {
    it('tell whether a partner is in a segment, from its current attributes', async () => {
      const service = t.app.get(SegmentsService);
      const germanPartner = (await t.sql("SELECT id FROM partners WHERE country = 'DE' LIMIT 1"))[0].id as string;
      expect(await service.isMember(germanPartner, demoSegmentId(3 - 1))).toBe(true);
      expect(await service.isMember(demoPartnerId(1), demoSegmentId(2))).toBe(false);
      const ids = await service.partnerIdsQuery({ types: ['DISTRIBUTOR'] }).getRawMany();
      expect(ids).toHaveLength(await countWhere("type = 'DISTRIBUTOR'"));
    });
  });
});

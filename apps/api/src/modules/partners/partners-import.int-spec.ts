import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { DEMO_PARTNERS } from '../../seed/demo-partners';

const IMPORT = `mutation ($input: CsvImportInput!) {
  importPartners(input: $input) { totalRows validRows created updated committed errors { row field code reason message } }
}`;
const HEADER = 'code,name,type,brand_model,potential,country,region,city,channel_manager_email';
const existing = DEMO_PARTNERS[0];

describe('PartnersImportService', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  const run = (csv: string, dryRun = false, token = admin) => t.gql(IMPORT, { input: { csv, dryRun } }, { token });
  const partnerCount = async () => (await t.sql('SELECT count(*)::int AS n FROM partners'))[0].n as number;

  describe('importPartners', () => {
    it('creates new codes and updates existing ones, in one go', async () => {
      const csv = [
        HEADER,
        `P-NEW-001,Nouveau Chauffage,installer,Multi brand,a,fr,Occitanie,Toulouse,${DEMO_USERS.channelManagerSouth.email.toUpperCase()}`,
        `${existing.code.toLowerCase()},Chauffage Dupont & Fils,INSTALLER,MULTI_BRAND,A,FR,Île-de-France,Paris,`,
      ].join('\n');
      const result = await run(csv);
      expect(result.errors).toBeUndefined();
      expect(result.data?.importPartners).toEqual({ totalRows: 2, validRows: 2, created: 1, updated: 1, committed: true, errors: [] });
      const [created] = await t.sql("SELECT * FROM partners WHERE code = 'P-NEW-001'");
      expect(created).toMatchObject({ name: 'Nouveau Chauffage', type: 'INSTALLER', brand_model: 'MULTI_BRAND', potential: 'A', country: 'FR', status: 'INVITED', channel_manager_id: DEMO_USERS.channelManagerSouth.id });
      const [updated] = await t.sql('SELECT * FROM partners WHERE code = $1', [existing.code]);
      // An empty manager cell unassigns the manager.
      expect(updated).toMatchObject({ name: 'Chauffage Dupont & Fils', channel_manager_id: null, status: 'ACTIVE' });
    });

    it('reads semicolon-separated files with a byte order mark, and leaves absent columns alone', async () => {
      const [before] = await t.sql('SELECT region, city FROM partners WHERE code = $1', [DEMO_PARTNERS[1]?.code]);
      const csv = `\uFEFFcode;name;type;brand_model;potential;country\r\n${DEMO_PARTNERS[1]?.code};Thermique Bretagne Ouest;INSTALLER;MONO_BRAND;B;FR\r\n`;
      const result = await run(csv);
      expect(result.data?.importPartners).toMatchObject({ created: 0, updated: 1, committed: true });
      expect((await t.sql('SELECT name, region, city FROM partners WHERE code = $1', [DEMO_PARTNERS[1]?.code]))[0]).toEqual({ ...before, name: 'Thermique Bretagne Ouest' });
    });

    it('reports what a dry run would do and writes nothing', async () => {
      const before = await partnerCount();
      const result = await run(`${HEADER}\nP-DRY-001,Dry Run SARL,RESELLER,MONO_BRAND,C,BE,,,`, true);
      expect(result.data?.importPartners).toEqual({ totalRows: 1, validRows: 1, created: 1, updated: 0, committed: false, errors: [] });
      expect(await partnerCount()).toBe(before);
    });

    it('writes nothing when one row is bad, and names its row, column and code', async () => {
      const before = await partnerCount();
      const csv = [
        HEADER,
        'P-OK-001,Bon Partenaire,RESELLER,MONO_BRAND,B,FR,,,',
        'P-BAD-002,Mauvais Partenaire,SHOP,MONO_BRAND,B,FR,,,',
        'P-OK-001,Doublon,RESELLER,MONO_BRAND,B,FR,,,',
        'P-BAD-004,Pays Inconnu,RESELLER,MONO_BRAND,B,France,,,nobody@relais.demo',
      ].join('\n');
      const result = await run(csv);
      const report = result.data?.importPartners;
      expect(report).toMatchObject({ totalRows: 4, validRows: 1, committed: false });
      expect(report.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
        [2, 'type', 'INVALID_INPUT'],
        [3, 'code', 'CSV_DUPLICATE_ROW'],
        [4, 'country', 'INVALID_INPUT'],
        [4, 'channel_manager_email', 'NOT_A_CHANNEL_MANAGER'],
      ]);
      expect(report.errors[0].reason).toBe('isIn');
      expect(await partnerCount()).toBe(before);
      expect(await t.sql("SELECT 1 FROM partners WHERE code = 'P-OK-001'")).toHaveLength(0);
    });

    it('refuses a file without the required columns or without rows, on the csv field', async () => {
      const missing = await run('code,name\nP-1,X');
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'CSV_MISSING_COLUMNS', field: 'csv' });
      const empty = await run('');
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'CSV_EMPTY', field: 'csv' });
    });

    it('refuses channel managers', async () => {
      const token = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      const result = await run(`${HEADER}\nP-CM-001,X,RESELLER,MONO_BRAND,B,FR,,,`, false, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

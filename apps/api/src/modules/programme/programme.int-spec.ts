import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const GET = 'query { programmeSettings { declarationPointsRecipient splitUserPercent pointsExpiryMonths returnWindowDays expiringSoonDays } }';
const UPDATE = 'mutation ($input: UpdateProgrammeSettingsInput!) { updateProgrammeSettings(input: $input) { declarationPointsRecipient splitUserPercent returnWindowDays } }';

describe('ProgrammeSettingsService', () => {
  let t: TestApp;
  let admin: string;
  let member: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    member = await t.tokenFor(demoPartnerAccounts(1).member.email);
  });
  afterAll(() => t.close());

  describe('programmeSettings', () => {
    it('gives any signed-in user the defaults', async () => {
      const result = await t.gql(GET, {}, { token: member });
      expect(result.data?.programmeSettings).toEqual({
        declarationPointsRecipient: 'USER',
        splitUserPercent: 50,
        pointsExpiryMonths: 24,
        returnWindowDays: 0,
        expiringSoonDays: 60,
      });
    });

    it('refuses anonymous callers', async () => {
      expect((await t.gql(GET)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateProgrammeSettings', () => {
    it('changes only the fields given, for a brand admin', async () => {
      const result = await t.gql(UPDATE, { input: { declarationPointsRecipient: 'SPLIT', splitUserPercent: 30 } }, { token: admin });
      expect(result.data?.updateProgrammeSettings).toEqual({ declarationPointsRecipient: 'SPLIT', splitUserPercent: 30, returnWindowDays: 0 });
    });

    it('names the field of a value out of range and changes nothing', async () => {
      const before = await t.sql('SELECT * FROM programme_settings');
      for (const [input, field] of [
        [{ returnWindowDays: 366 }, 'returnWindowDays'],
        [{ pointsExpiryMonths: 0 }, 'pointsExpiryMonths'],
        [{ splitUserPercent: 101, returnWindowDays: 10 }, 'splitUserPercent'],
      ] as const) {
        const result = await t.gql(UPDATE, { input }, { token: admin });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field });
      }
      expect(await t.sql('SELECT * FROM programme_settings')).toEqual(before);
    });

    it('refuses partner users', async () => {
      const result = await t.gql(UPDATE, { input: { returnWindowDays: 7 } }, { token: member });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });
});

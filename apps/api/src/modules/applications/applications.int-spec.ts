import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_APPLICATIONS } from '../../seed/demo-applications';
import { DEMO_USERS, demoApplicationId } from '../../seed/demo-ids';
import { DEMO_PARTNERS } from '../../seed/demo-partners';

const SUBMIT = 'mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) }';
const LIST = 'query ($status: ApplicationStatus) { applications(status: $status) { id company status decisionMessage decidedAt partner { id code name } } }';
const ACCEPT = 'mutation ($id: ID!, $input: AcceptApplicationInput!) { acceptApplication(id: $id, input: $input) { id code name status type country city region channelManager { id } userCount } }';
const DECLINE = 'mutation ($id: ID!, $message: String!) { declineApplication(id: $id, message: $message) { id status decisionMessage decidedAt } }';

const form = {
  company: 'Clim Azur',
  type: 'INSTALLER',
  country: 'fr',
  city: 'Nice',
  contactFirstName: 'Inès',
  contactLastName: 'Faure',
  contactEmail: ' Ines.Faure@Clim-Azur.demo ',
  locale: 'fr',
};

describe('ApplicationsService', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });
  afterAll(() => t.close());

  const applicationCount = async () => (await t.sql('SELECT count(*)::int AS n FROM applications'))[0].n as number;

  describe('submitApplication', () => {
    it('records an application from anyone, signed in or not', async () => {
      const result = await t.gql(SUBMIT, { input: form });
      expect(result).toEqual({ data: { submitApplication: true } });
      const [row] = await t.sql("SELECT * FROM applications WHERE contact_email = 'ines.faure@clim-azur.demo'");
      expect(row).toMatchObject({ company: 'Clim Azur', country: 'FR', status: 'PENDING', locale: 'fr' });
    });

    it('refuses a second pending application for the same e-mail', async () => {
      const before = await applicationCount();
      const result = await t.gql(SUBMIT, { input: { ...form, contactEmail: 'INES.FAURE@clim-azur.demo' } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'APPLICATION_PENDING', field: 'contactEmail' });
      expect(await applicationCount()).toBe(before);
    });

    it.each([
      ['contactEmail', { contactEmail: 'not-an-email' }, 'isEmail'],
      ['country', { country: 'Italia' }, 'isCountryCode'],
      ['company', { company: ' ' }, 'isNotEmpty'],
      ['phone', { phone: 'call me' }, 'matches'],
    ])('refuses a bad %s and writes nothing', async (field, patch, reason) => {
      const before = await applicationCount();
      const result = await t.gql(SUBMIT, { input: { ...form, contactEmail: 'other@clim-azur.demo', ...patch } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field, reason });
      expect(await applicationCount()).toBe(before);
    });
  });

  describe('applications', () => {
    it('lists pending applications to a brand admin', async () => {
      const result = await t.gql(LIST, { status: 'PENDING' }, { token: admin });
      const ids = result.data?.applications.map((a: { id: string }) => a.id);
      expect(ids).toEqual(expect.arrayContaining(DEMO_APPLICATIONS.map((a) => a.id)));
    });

    it('is refused to channel managers and to visitors', async () => {
      const token = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
      expect((await t.gql(LIST, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect((await t.gql(LIST, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('acceptApplication', () => {
    const applicant = DEMO_APPLICATIONS[1];

    it('writes nothing when the partner code is taken', async () => {
      const result = await t.gql(
        ACCEPT,
        { id: applicant.id, input: { code: DEMO_PARTNERS[0]?.code, brandModel: 'MULTI_BRAND', potential: 'B' } },
        { token: admin },
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PARTNER_CODE_TAKEN', field: 'code' });
      expect((await t.sql('SELECT status FROM applications WHERE id = $1', [applicant.id]))[0].status).toBe('PENDING');
      expect(await t.sql('SELECT 1 FROM users WHERE email = $1', [applicant.contactEmail])).toHaveLength(0);
    });

    it('creates the invited partner and invites the contact as its admin, by e-mail', async () => {
      const input = { code: 'p-dk-001', brandModel: 'MULTI_BRAND', potential: 'B', region: 'Midtjylland', channelManagerId: DEMO_USERS.channelManagerNorth.id };
      const result = await t.gql(ACCEPT, { id: applicant.id, input }, { token: admin });
      expect(result.errors).toBeUndefined();
      const partner = result.data?.acceptApplication;
      expect(partner).toMatchObject({
        code: 'P-DK-001',
        name: applicant.company,
        status: 'INVITED',
        type: applicant.type,
        country: 'DK',
        city: applicant.city,
        region: 'Midtjylland',
        channelManager: { id: DEMO_USERS.channelManagerNorth.id },
        userCount: 1,
      });
      const [user] = await t.sql('SELECT role, status, partner_id, locale FROM users WHERE email = $1', [applicant.contactEmail]);
      expect(user).toEqual({ role: 'PARTNER_ADMIN', status: 'INVITED', partner_id: partner.id, locale: 'en' });
      const [application] = await t.sql('SELECT status, partner_id, decided_by_id FROM applications WHERE id = $1', [applicant.id]);
      expect(application).toEqual({ status: 'ACCEPTED', partner_id: partner.id, decided_by_id: DEMO_USERS.brandAdmin.id });
      const mail = await t.mailbox.waitFor(applicant.contactEmail, /invited/);
      expect(mail.subject).toContain(applicant.company);
    });

    it('refuses to decide an application twice', async () => {
      const again = await t.gql(ACCEPT, { id: applicant.id, input: { code: 'P-DK-002', brandModel: 'MULTI_BRAND', potential: 'B' } }, { token: admin });
      expect(again.errors?.[0]?.extensions?.code).toBe('APPLICATION_ALREADY_DECIDED');
      const decline = await t.gql(DECLINE, { id: applicant.id, message: 'No' }, { token: admin });
      expect(decline.errors?.[0]?.extensions?.code).toBe('APPLICATION_ALREADY_DECIDED');
      expect(await t.sql("SELECT 1 FROM partners WHERE code = 'P-DK-002'")).toHaveLength(0);
    });
  });

  describe('declineApplication', () => {
    const applicant = DEMO_APPLICATIONS[0];

    it('refuses an empty message', async () => {
      const result = await t.gql(DECLINE, { id: demoApplicationId(1), message: '  ' }, { token: admin });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'message' });
    });

    it("records the decision and e-mails the message in the applicant's language", async () => {
      const result = await t.gql(DECLINE, { id: applicant.id, message: 'Votre zone est déjà couverte.' }, { token: admin });
      expect(result.data?.declineApplication).toMatchObject({ status: 'DECLINED', decisionMessage: 'Votre zone est déjà couverte.' });
      const mail = await t.mailbox.waitFor(applicant.contactEmail, /candidature/);
      expect(mail.text).toContain('Votre zone est déjà couverte.');
      expect(mail.text).toContain(applicant.company);
    });

    it('answers APPLICATION_NOT_FOUND for an unknown id', async () => {
      const result = await t.gql(DECLINE, { id: demoApplicationId(99), message: 'No' }, { token: admin });
      expect(result.errors?.[0]?.extensions?.code).toBe('APPLICATION_NOT_FOUND');
    });
  });
});

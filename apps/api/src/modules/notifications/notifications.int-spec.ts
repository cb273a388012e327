import { declarationInput, declare, lineInput, OPS } from '../../../test/support/declarations';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';

const north = demoPartnerAccounts(1);
const other = demoPartnerAccounts(2);

const LIST = `query ($page: PageInput, $unreadOnly: Boolean) {
  notifications(page: $page, unreadOnly: $unreadOnly) { total items { id kind link readAt createdAt params { name value format } } }
}`;
const COUNT = 'query { unreadNotificationCount }';
const MARK = 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

interface Item {
  id: string;
  kind: string;
  link: string | null;
  readAt: string | null;
  params: { name: string; value: string; format: string }[];
}

describe('NotificationsService', () => {
  let t: TestApp;
  let declarer: string;
  let teammate: string;
  let stranger: string;
  let manager: string;

  beforeAll(async () => {
    t = await createTestApp();
    [declarer, teammate, stranger, manager] = await Promise.all([
      t.tokenFor(north.admin.email),
      t.tokenFor(north.member.email),
      t.tokenFor(other.admin.email),
      t.tokenFor(DEMO_USERS.channelManagerNorth.email),
    ]);
  });
  afterAll(() => t.close());

  const list = async (token: string, variables: Record<string, unknown> = {}) => {
    const result = await t.gql<{ notifications: { total: number; items: Item[] } }>(LIST, variables, { token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.notifications;
  };
  const unread = async (token: string) => (await t.gql<{ unreadNotificationCount: number }>(COUNT, {}, { token })).data?.unreadNotificationCount;
  const about = async (declarationId: string) =>
    t.sql<{ user_id: string; kind: string }>('SELECT user_id, kind FROM notifications WHERE link = $1 ORDER BY created_at', [`/declarations/${declarationId}`]);
  const params = (item: Item) => Object.fromEntries(item.params.map((p) => [p.name, [p.value, p.format]]));
  /** A notification of `userId`'s own, arranged straight in the table. */
  const arrange = async (userId: string) =>
    (await t.sql<{ id: string }>(`INSERT INTO notifications (user_id, kind, params, link) VALUES ($1, 'DECLARATION_REVERSED', '{"date":"2026-11-01"}', '/declarations') RETURNING id`, [userId]))[0].id;

  describe('notify, from declaration decisions', () => {
    it('tells the declarer when the brand decides, with the kind, the counts and the link', async () => {
      const before = await unread(declarer);
      const declaration = await declare(t, declarer, declarationInput({ lines: [lineInput(), lineInput()] }));
      const [first, second] = declaration.lines;
      const decided = await t.gql(
        OPS.decide,
        { id: declaration.id, input: { lines: [{ lineId: first.id, decision: 'APPROVE' }, { lineId: second.id, decision: 'REJECT', reasonCode: 'MISSING_PROOF' }] } },
        { token: manager },
      );
      expect(decided.data?.decideDeclaration.status).toBe('PARTIALLY_APPROVED');

      const [latest] = (await list(declarer)).items;
      expect(latest).toMatchObject({ kind: 'DECLARATION_DECIDED', link: `/declarations/${declaration.id}`, readAt: null });
      expect(params(latest)).toEqual({
        date: [declaration.saleDate, 'DATE'],
        status: ['PARTIALLY_APPROVED', 'TEXT'],
        approved: ['1', 'NUMBER'],
        rejected: ['1', 'NUMBER'],
      });
      expect(await unread(declarer)).toBe((before ?? 0) + 1);
      expect(await about(declaration.id)).toEqual([{ user_id: north.admin.id, kind: 'DECLARATION_DECIDED' }]);
    });

    it('tells the declarer of a request for information and of a reversal', async () => {
      const declaration = await declare(t, declarer);
      await t.gql(OPS.requestInfo, { id: declaration.id, message: 'Which invoice?' }, { token: manager });
      await t.gql(OPS.update, { id: declaration.id, input: declarationInput({ lines: [lineInput()] }) }, { token: declarer });
      await t.gql(OPS.submit, { id: declaration.id, key: `again-${declaration.id}` }, { token: declarer });
      await t.gql(OPS.approve, { id: declaration.id }, { token: manager });
      const reversed = await t.gql(OPS.reverse, { id: declaration.id, reason: 'Goods returned' }, { token: manager });
      expect(reversed.data?.reverseDeclaration.status).toBe('REVERSED');
      expect((await about(declaration.id)).map((n) => n.kind)).toEqual(['DECLARATION_INFO_REQUESTED', 'DECLARATION_DECIDED', 'DECLARATION_REVERSED']);
      const [latest] = (await list(declarer)).items;
      expect(params(latest)).toEqual({ date: [expect.any(String), 'DATE'] });
    });

    it('notifies nobody when the decision is refused', async () => {
      const declaration = await declare(t, declarer);
      const byPartner = await t.gql(OPS.approve, { id: declaration.id }, { token: declarer });
      expect(byPartner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      const badLine = await t.gql(OPS.decide, { id: declaration.id, input: { lines: [{ lineId: declaration.id, decision: 'APPROVE' }] } }, { token: manager });
      expect(badLine.errors?.[0]?.extensions?.code).toBe('DECLARATION_LINE_NOT_FOUND');
      expect(await about(declaration.id)).toEqual([]);
    });

    it('notifies nobody when the decision is rolled back after the notification was written', async () => {
      const declaration = await declare(t, declarer);
      // Fails the decision's transaction at COMMIT, after everything in it (the notification too) was written.
      await t.sql(`CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
      await t.sql(
        `CREATE CONSTRAINT TRIGGER refuse_decision AFTER UPDATE ON declarations DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW WHEN (NEW.id = '${declaration.id}' AND NEW.status = 'APPROVED') EXECUTE FUNCTION refuse_commit()`,
      );
      try {
        const result = await t.gql(OPS.approve, { id: declaration.id }, { token: manager });
        expect(result.errors).toHaveLength(1);
      } finally {
        await t.sql('DROP TRIGGER refuse_decision ON declarations');
        await t.sql('DROP FUNCTION refuse_commit()');
      }
      expect(await t.sql('SELECT status FROM declarations WHERE id = $1', [declaration.id])).toEqual([{ status: 'SUBMITTED' }]);
      expect(await about(declaration.id)).toEqual([]);
    });
  });

  describe('notifications', () => {
    it('lists only the caller\'s own, and only the unread ones when asked', async () => {
      const mine = await arrange(other.member.id);
      const member = await t.tokenFor(other.member.email);
      const first = await list(member);
      expect(first.items.map((n) => n.id)).toContain(mine);
      await t.gql(MARK, { ids: [mine] }, { token: member });
      expect((await list(member, { unreadOnly: true })).items.map((n) => n.id)).not.toContain(mine);

      for (const token of [teammate, stranger, manager]) {
        expect((await list(token)).items.map((n) => n.id)).not.toContain(mine);
      }
    });

    it('pages with the total, and names the field of a bad page', async () => {
      await arrange(other.admin.id);
      await arrange(other.admin.id);
      const page = await list(stranger, { page: { offset: 0, limit: 1 } });
      expect(page.items).toHaveLength(1);
      expect(page.total).toBeGreaterThanOrEqual(2);
      const bad = await t.gql(LIST, { page: { limit: 0 } }, { token: stranger });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'limit', reason: 'min' });
    });

    it('answers UNAUTHENTICATED without a token', async () => {
      const result = await t.gql(COUNT);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('markNotificationsRead', () => {
    it('marks the caller\'s notifications read once, and the count follows', async () => {
      const ids = [await arrange(north.member.id), await arrange(north.member.id)];
      const before = (await unread(teammate)) ?? 0;
      const once = await t.gql(MARK, { ids: [ids[0]] }, { token: teammate });
      const readAt = once.data?.markNotificationsRead[0].readAt;
      expect(once.data?.markNotificationsRead).toEqual([{ id: ids[0], readAt: expect.any(String) }]);
      expect(await unread(teammate)).toBe(before - 1);
      const again = await t.gql(MARK, { ids: [ids[0], ids[0]] }, { token: teammate });
      expect(again.data?.markNotificationsRead).toEqual([{ id: ids[0], readAt }]);
      expect(await unread(teammate)).toBe(before - 1);
    });

    it('changes nothing and reveals nothing for another user\'s ids', async () => {
      const theirs = await arrange(north.member.id);
      const result = await t.gql(MARK, { ids: [theirs] }, { token: stranger });
      expect(result.data?.markNotificationsRead).toEqual([]);
      expect(await t.sql('SELECT read_at FROM notifications WHERE id = $1', [theirs])).toEqual([{ read_at: null }]);
    });

    it('names the bad id and changes nothing', async () => {
      const mine = await arrange(north.member.id);
      const result = await t.gql(MARK, { ids: [mine, 'not-an-id'] }, { token: teammate });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'ids.1', reason: 'isUuid' });
      const tooMany = await t.gql(MARK, { ids: Array.from({ length: 101 }, () => mine) }, { token: teammate });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'ids', reason: 'arrayMaxSize' });
      expect(await t.sql('SELECT read_at FROM notifications WHERE id = $1', [mine])).toEqual([{ read_at: null }]);
    });
  });

  describe('markAllNotificationsRead', () => {
    it('marks every unread notification of the caller, and does nothing the second time', async () => {
      const brandAdmin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
      await arrange(DEMO_USERS.brandAdmin.id);
      await arrange(DEMO_USERS.brandAdmin.id);
      const theirs = await arrange(north.member.id);
      const count = (await unread(brandAdmin)) ?? 0;
      expect(count).toBeGreaterThanOrEqual(2);
      expect((await t.gql(MARK_ALL, {}, { token: brandAdmin })).data?.markAllNotificationsRead).toBe(count);
      expect((await t.gql(MARK_ALL, {}, { token: brandAdmin })).data?.markAllNotificationsRead).toBe(0);
      expect(await unread(brandAdmin)).toBe(0);
      expect(await t.sql('SELECT read_at FROM notifications WHERE id = $1', [theirs])).toEqual([{ read_at: null }]);
    });
  });
});

describe('NotificationsService with auto-approval on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DECLARATION_AUTO_APPROVE_MAX_AMOUNT: '5000', DECLARATION_REVIEW_SAMPLE_PERCENT: '0' });
  });
  afterAll(() => t.close());

  it('tells the declarer that the system approved their declaration', async () => {
    const token = await t.tokenFor(other.member.email);
    const declaration = await declare(t, token, declarationInput({ lines: [lineInput({ amount: 120 })] }));
    expect(declaration.status).toBe('APPROVED');
    const result = await t.gql(LIST, {}, { token });
    expect(result.data?.notifications.items[0]).toMatchObject({ kind: 'DECLARATION_DECIDED', link: `/declarations/${declaration.id}` });
    expect(result.data?.notifications.items[0].params).toEqual(expect.arrayContaining([{ name: 'status', value: 'APPROVED', format: 'TEXT' }]));
  });
});

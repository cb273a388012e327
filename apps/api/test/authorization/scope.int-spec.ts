import { DECLARATION_IMPORT_COLUMNS } from '@relais/domain';
import { Kind, parse } from 'graphql';

import { ActivityProcessor } from '../../src/modules/activity/activity-processor';
import { notificationsChannel, NotificationsService } from '../../src/modules/notifications/notifications.service';
import { DEMO_USERS } from '../../src/seed/demo-ids';
import { CHALLENGE_OPS, challengeInput } from '../support/challenges';
import { ACTIVE_PRODUCTS, daysAgo, declarationInput, OPS } from '../support/declarations';
import { socketClient, subscribe, untilListening } from '../support/subscriptions';
import { createTestApp, GqlResult, TestApp } from '../support/test-app';
import { HOME, OTHER } from './callers';
import { fullSelection, publishedSchema } from './minimal-operation';
import { OPERATION_DECISIONS } from './operation-decisions';
import { makeOtherPartnerRows, OtherPartnerRows, ScopeTokens, signInScopeCallers } from './other-partner';

/**
 * Operations whose decision has a scope but that name no other row to aim at: they act on the
 * caller's own account or partner by construction (no id or owner among their arguments).
 */
const NOTHING_TO_AIM_AT: Record<string, string> = {
  'query me': 'the token’s user',
  'query myPartner': 'the token’s partner',
  'query myPoints': 'the token’s user and partner',
  'query myShippingAddress': 'the token’s user',
  'query myBadges': 'the token’s user',
  'query notificationPreferences': 'the token’s user',
  'mutation setNotificationPreference': 'the token’s user',
  'mutation updateMyProfile': 'the token’s user',
  'mutation createApiKey': 'a key of the token’s partner',
  'mutation startDeclarationImport': 'an import of the token’s partner',
};

const SCOPED = ['OWN_USER', 'PARTNER', 'MANAGED_PARTNERS'];

/**
 * A caller of another partner, and a channel manager outside a partner's scope, aiming at that
 * partner's real rows through every scoped operation: by id they get NOT_FOUND (or FORBIDDEN), in
 * lists and searches the rows are absent, mutations change nothing, file URLs answer 404 and
 * subscriptions refuse or stay silent. Each outsider call is recorded, and the last test checks
 * that every operation with a scoped decision was tried.
 */
describe('Authorization scope', () => {
  let t: TestApp;
  let k: ScopeTokens;
  let o: OtherPartnerRows;
  const tried = new Set<string>();

  /** Sends as an outsider, recording the root fields asked. */
  const outsider = <T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> => {
    for (const definition of parse(query).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const operation = definition;
      for (const selection of operation.selectionSet.selections) if (selection.kind === Kind.FIELD) tried.add(`${operation.operation} ${selection.name.value}`);
    }
    return t.gql<T>(query, variables, { token });
  };
  const asBrand = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await t.gql(query, variables, { token: k.brandAdmin });
    if (!result.data || result.errors) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  /**
   * Not found or forbidden (a field error saying the row named is not found counts), and no data
   * leaked.
   */
  const expectUnreachable = (result: GqlResult) => {
    const { kind, code } = (result.errors?.[0]?.extensions ?? {}) as { kind?: string; code?: string };
    const unreachable = kind === 'NOT_FOUND' || kind === 'FORBIDDEN' || (kind === 'BAD_INPUT' && /_NOT_FOUND$/.test(code ?? ''));
    expect({ unreachable, code, data: result.data ?? null }).toEqual({ unreachable: true, code, data: null });
  };
  const outsiders = () => ({ homeMember: k.homeMember, homeAdmin: k.homeAdmin, northManager: k.northManager });
  const partnerOutsiders = () => ({ homeMember: k.homeMember, homeAdmin: k.homeAdmin });

  beforeAll(async () => {
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000', CHALLENGES_POLL_MS: '3600000' });
    k = await signInScopeCallers(t);
    o = await makeOtherPartnerRows(t, k);
  }, 60_000);
  afterAll(() => t?.close());

  describe('declarations and proof files', () => {
    it('reads another partner’s declaration by id as not found, and the owner’s manager reads it', async () => {
      for (const token of Object.values(outsiders())) expectUnreachable(await outsider(token, OPS.get, { id: o.submittedId }));
      expect((await t.gql(OPS.get, { id: o.submittedId }, { token: k.southManager })).data?.declaration.id).toBe(o.submittedId);
    });

    it('never lists or filters in another partner’s declarations', async () => {
      for (const token of Object.values(outsiders())) {
        const all = await outsider(token, OPS.list, { page: { limit: 100 } });
        expect(all.errors).toBeUndefined();
        expect(all.data?.declarations.items.filter((d: { partnerId: string }) => d.partnerId === OTHER.partnerId)).toEqual([]);
        const filtered = await outsider(token, OPS.list, { filter: { partnerId: OTHER.partnerId } });
        expect(filtered.data?.declarations.total ?? 0).toBe(0);
      }
      const mine = await outsider(k.homeMember, OPS.mine, {});
      expect(mine.data?.myDeclarations.items.map((d: { declaredById: string }) => d.declaredById).filter((id: string) => id !== HOME.member.id)).toEqual([]);
      // The control: the south manager does list them.
      const south = await t.gql(OPS.list, { filter: { partnerId: OTHER.partnerId } }, { token: k.southManager });
      expect(south.data?.declarations.total).toBeGreaterThan(0);
    });

    it('lets no one outside change, submit, delete or decide another partner’s declarations', async () => {
      for (const token of Object.values(partnerOutsiders())) {
        expectUnreachable(await outsider(token, OPS.update, { id: o.draftId, input: declarationInput() }));
        expectUnreachable(await outsider(token, OPS.submit, { id: o.draftId, key: 'steal' }));
        expectUnreachable(await outsider(token, 'mutation ($id: ID!) { deleteDeclaration(id: $id) }', { id: o.draftId }));
      }
      const submitted = (await asBrand(OPS.get, { id: o.submittedId })).declaration;
      const decide = { lines: submitted.lines.map((line: { id: string }) => ({ lineId: line.id, decision: 'APPROVE' })) };
      expectUnreachable(await outsider(k.northManager, OPS.decide, { id: o.submittedId, input: decide }));
      expectUnreachable(await outsider(k.northManager, OPS.approve, { id: o.submittedId }));
      expectUnreachable(await outsider(k.northManager, OPS.requestInfo, { id: o.submittedId, message: 'Show me' }));
      expectUnreachable(await outsider(k.northManager, OPS.reverse, { id: o.approvedId, reason: 'Taken back' }));
      const bulk = await outsider(k.northManager, 'mutation ($ids: [ID!]!) { approveDeclarations(ids: $ids) { id } }', { ids: [o.submittedId] });
      expect(bulk.data?.approveDeclarations ?? []).toEqual([]);
      const [draft] = await t.sql('SELECT status FROM declarations WHERE id = $1', [o.draftId]);
      const [sub] = await t.sql('SELECT status FROM declarations WHERE id = $1', [o.submittedId]);
      const [app] = await t.sql('SELECT status FROM declarations WHERE id = $1', [o.approvedId]);
      expect([draft?.status, sub?.status, app?.status]).toEqual(['DRAFT', 'SUBMITTED', 'APPROVED']);
    });

    it('serves another partner’s proof file to no one outside (404), and to the owner’s manager', async () => {
      for (const token of Object.values(outsiders())) {
        const response = await fetch(`${t.url}/files/proofs/${o.proofId}`, { headers: { authorization: `Bearer ${token}` } });
        expect(response.status).toBe(404);
      }
      const south = await fetch(`${t.url}/files/proofs/${o.proofId}`, { headers: { authorization: `Bearer ${k.southManager}` } });
      expect(south.status).toBe(200);
    });

    it('does not let a partner attach another partner’s proof file to its own declaration', async () => {
      const result = await outsider(k.homeAdmin, OPS.create, { input: declarationInput({ proofFileIds: [o.proofId] }) });
      expect(result.errors?.[0]?.extensions?.code).toMatch(/PROOF/);
      const [proof] = await t.sql('SELECT declaration_id, partner_id FROM proof_files WHERE id = $1', [o.proofId]);
      expect(proof).toEqual({ declaration_id: o.submittedId, partner_id: OTHER.partnerId });
    });

    it('keeps another partner’s declaration imports out of reach', async () => {
      for (const token of Object.values(partnerOutsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { declarationImport(id: $id) { id } }', { id: o.importId }));
        const list = await outsider(token, '{ declarationImports(page: { limit: 100 }) { items { id } } }');
        expect(list.data?.declarationImports.items.map((i: { id: string }) => i.id)).not.toContain(o.importId);
        expectUnreachable(await outsider(token, 'mutation ($id: ID!, $chunk: DeclarationImportChunkInput!) { addDeclarationImportRows(importId: $id, chunk: $chunk) { __typename } }', { id: o.importId, chunk: { csv: `${DECLARATION_IMPORT_COLUMNS.required.join(',')}\n${daysAgo(2)},${ACTIVE_PRODUCTS[0]?.sku},1,100,EUR,IN_STORE,INV-STEAL\n`, firstRow: 2, index: 0 } }));
        expectUnreachable(await outsider(token, 'mutation ($id: ID!) { confirmDeclarationImport(id: $id, idempotencyKey: "k") { id } }', { id: o.importId }));
        expectUnreachable(await outsider(token, 'mutation ($id: ID!) { withdrawDeclarationImport(id: $id) { id } }', { id: o.importId }));
      }
    });
  });

  describe('people, partners and API keys', () => {
    it('reads another partner as not found, lists and searches without it', async () => {
      for (const token of Object.values(outsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { partner(id: $id) { id } }', { id: OTHER.partnerId }));
        expectUnreachable(await outsider(token, 'query ($id: ID) { journey(partnerId: $id) { partnerId } }', { id: OTHER.partnerId }));
        expectUnreachable(await outsider(token, 'query ($id: ID) { tierStatus(partnerId: $id) { partnerId } }', { id: OTHER.partnerId }));
      }
      const partners = await outsider(k.northManager, '{ partners(filter: { search: "Provence" }, page: { limit: 100 }) { total } }');
      expect(partners.data?.partners.total).toBe(0);
      expect((await asBrand('{ partners(filter: { search: "Provence" }) { total } }')).partners.total).toBe(1);
      const preview = await outsider(k.northManager, 'query ($criteria: SegmentCriteriaInput!) { segmentPreview(criteria: $criteria, limit: 50) { count } }', {
        criteria: { regions: ["Provence-Alpes-Côte d'Azur"] },
      });
      expect(preview.data?.segmentPreview.count).toBe(0);
    });

    it('lets a channel manager change none of another manager’s partners', async () => {
      expectUnreachable(await outsider(k.northManager, 'mutation ($id: ID!) { updatePartner(id: $id, input: { name: "Taken" }) { id } }', { id: OTHER.partnerId }));
      expectUnreachable(await outsider(k.northManager, 'mutation ($id: ID!) { suspendPartner(id: $id) { id } }', { id: OTHER.partnerId }));
      expectUnreachable(await outsider(k.northManager, 'mutation ($id: ID!) { activatePartner(id: $id) { id } }', { id: OTHER.partnerId }));
      const created = await outsider(k.northManager, 'mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }', {
        input: { code: 'P-NEW-1', name: 'Given away', type: 'INSTALLER', brandModel: 'MULTI_BRAND', potential: 'A', country: 'FR', channelManagerId: DEMO_USERS.channelManagerSouth.id },
      });
      expect(created.data ?? null).toBeNull();
      const [partner] = await t.sql('SELECT name, status FROM partners WHERE id = $1', [OTHER.partnerId]);
      expect(partner).toEqual({ name: 'Clim Provence', status: 'ACTIVE' });
    });

    it('keeps another partner’s people out of lists, searches and account changes', async () => {
      for (const token of [k.homeAdmin, k.northManager]) {
        const search = await outsider(token, 'query ($s: String) { users(filter: { search: $s }, page: { limit: 100 }) { total } }', { s: 'Garcia' });
        expect(search.data?.users.total).toBe(0);
        const byPartner = await outsider(token, 'query ($p: ID) { users(filter: { partnerId: $p }) { total } }', { p: OTHER.partnerId });
        expect(byPartner.data?.users.total ?? 0).toBe(0);
        expectUnreachable(await outsider(token, 'mutation ($id: ID!) { resendInvitation(id: $id) { id } }', { id: OTHER.member.id }));
        const invite = await outsider(token, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
          input: { email: `intruder-${Date.now()}@example.com`, firstName: 'In', lastName: 'Truder', role: 'PARTNER_ADMIN', partnerId: OTHER.partnerId },
        });
        expect(invite.data ?? null).toBeNull();
      }
      for (const mutation of ['deactivateUser', 'reactivateUser']) {
        expectUnreachable(await outsider(k.homeAdmin, `mutation ($id: ID!) { ${mutation}(id: $id) { id } }`, { id: OTHER.member.id }));
      }
      expectUnreachable(await outsider(k.homeAdmin, 'mutation ($id: ID!) { setSeesTeamDeclarations(id: $id, sees: true) { id } }', { id: OTHER.member.id }));
      const [member] = await t.sql('SELECT status FROM users WHERE id = $1', [OTHER.member.id]);
      expect(member?.status).toBe('ACTIVE');
    });

    it('keeps another partner’s API keys and their use out of reach, and a partner key to its own partner', async () => {
      const keys = await outsider(k.homeAdmin, '{ apiKeys { id } }');
      expect(keys.data?.apiKeys.map((key: { id: string }) => key.id)).not.toContain(o.apiKeyId);
      expectUnreachable(await outsider(k.homeAdmin, 'query ($id: ID!) { apiKeyUses(id: $id) { id } }', { id: o.apiKeyId }));
      expectUnreachable(await outsider(k.homeAdmin, 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: o.apiKeyId }));
      const homeKey = (await t.gql('mutation { createApiKey(input: { name: "Home ERP" }) { secret } }', {}, { token: k.homeAdmin })).data?.createApiKey.secret;
      const viaKey = await t.gql(OPS.get, { id: o.submittedId }, { headers: { authorization: `Bearer ${homeKey}` } });
      expectUnreachable(viaKey);
      const [key] = await t.sql('SELECT revoked_at FROM api_keys WHERE id = $1', [o.apiKeyId]);
      expect(key?.revoked_at).toBeNull();
    });

    it('shows a channel manager the audit of their own changes only', async () => {
      const south = await outsider(k.northManager, 'query ($id: ID) { auditEntries(filter: { actorId: $id }) { total } }', { id: DEMO_USERS.channelManagerSouth.id });
      expect(south.data?.auditEntries.total ?? 0).toBe(0);
      expect((await asBrand('query ($id: ID) { auditEntries(filter: { actorId: $id }) { total } }', { id: DEMO_USERS.channelManagerSouth.id })).auditEntries.total).toBeGreaterThan(0);
    });
  });

  describe('points, rewards and notifications', () => {
    it('reads another partner’s wallets and ledger as not found', async () => {
      const owners = [
        { ownerType: 'PARTNER', ownerId: OTHER.partnerId },
        { ownerType: 'USER', ownerId: OTHER.member.id },
      ];
      for (const token of Object.values(outsiders())) {
        for (const owner of owners) {
          expectUnreachable(await outsider(token, 'query ($owner: WalletOwnerInput!) { wallet(owner: $owner) { available } }', { owner }));
          expectUnreachable(await outsider(token, 'query ($owner: WalletOwnerInput!) { pointsHistory(owner: $owner) { total } }', { owner }));
        }
      }
      // A member reads their own wallet, not a colleague's.
      expectUnreachable(await outsider(k.homeMember, 'query ($owner: WalletOwnerInput!) { wallet(owner: $owner) { available } }', { owner: { ownerType: 'USER', ownerId: HOME.admin.id } }));
    });

    it('keeps another partner’s reward order out of reach, lists and searches', async () => {
      for (const token of Object.values(outsiders())) expectUnreachable(await outsider(token, 'query ($id: ID!) { rewardOrder(id: $id) { id } }', { id: o.orderId }));
      const mine = await outsider(k.homeAdmin, '{ myRewardOrders(page: { limit: 100 }) { items { id } } }');
      expect(mine.data?.myRewardOrders.items.map((r: { id: string }) => r.id)).not.toContain(o.orderId);
      const searched = await outsider(k.northManager, 'query ($s: String) { rewardOrders(filter: { search: $s }) { total } }', { s: o.orderReference });
      expect(searched.data?.rewardOrders.total).toBe(0);
      const byPartner = await outsider(k.northManager, 'query ($p: ID) { rewardOrders(filter: { partnerId: $p }) { total } }', { p: OTHER.partnerId });
      expect(byPartner.data?.rewardOrders.total).toBe(0);
      expect((await t.gql('query ($s: String) { rewardOrders(filter: { search: $s }) { total } }', { s: o.orderReference }, { token: k.southManager })).data?.rewardOrders.total).toBe(1);
    });

    it('lets no one outside cancel, decide, ship or deliver another partner’s order', async () => {
      for (const token of Object.values(partnerOutsiders())) expectUnreachable(await outsider(token, 'mutation ($id: ID!) { cancelRewardOrder(id: $id) { id } }', { id: o.orderId }));
      const m = k.northManager;
      expectUnreachable(await outsider(m, 'mutation ($ids: [ID!]!) { approveRewardOrders(ids: $ids) { id } }', { ids: [o.orderId] }));
      expectUnreachable(await outsider(m, 'mutation ($id: ID!) { rejectRewardOrder(id: $id, reason: "No") { id } }', { id: o.orderId }));
      expectUnreachable(await outsider(m, 'mutation ($id: ID!) { shipRewardOrder(id: $id, input: { carrier: "DHL", trackingNumber: "1" }) { id } }', { id: o.orderId }));
      expectUnreachable(await outsider(m, 'mutation ($ids: [ID!]!) { deliverRewardOrders(ids: $ids) { id } }', { ids: [o.orderId] }));
      expectUnreachable(await outsider(m, 'mutation ($id: ID!) { cancelRewardOrderAsBrand(id: $id, reason: "No") { id } }', { id: o.orderId }));
      const tracking = await outsider(m, 'mutation ($input: CsvImportInput!) { importTrackingNumbers(input: $input) { committed errors { code } } }', {
        input: { csv: `reference,carrier,tracking_number\n${o.orderReference},DHL,999\n`, dryRun: false },
      });
      expect(tracking.data?.importTrackingNumbers).toEqual({ committed: false, errors: [{ code: 'REWARD_ORDER_NOT_FOUND' }] });
      const [row] = await t.sql('SELECT status FROM reward_orders WHERE id = $1', [o.orderId]);
      expect(row?.status).toBe('APPROVED');
    });

    it('keeps a reward item for another segment out of a partner’s catalogue and orders', async () => {
      for (const token of Object.values(partnerOutsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { rewardItem(id: $id) { id } }', { id: o.restrictedItemId }));
        const items = await outsider(token, '{ rewardItems(page: { limit: 100 }) { items { id } } }');
        expect(items.data?.rewardItems.items.map((i: { id: string }) => i.id)).not.toContain(o.restrictedItemId);
      }
      const placed = await outsider(k.homeMember, 'mutation ($input: PlaceOrderInput!) { placeRewardOrder(input: $input) { id } }', {
        input: { lines: [{ itemId: o.restrictedItemId, quantity: 1 }], shippingAddress: { recipient: 'L', line1: '1 rue', postalCode: '75001', city: 'Paris', country: 'FR' }, idempotencyKey: 'steal' },
      });
      expectUnreachable(placed);
    });

    it('keeps another user’s notifications unread and unseen, on the list, the count and the live feed', async () => {
      for (const token of Object.values(outsiders())) {
        const list = await outsider(token, '{ notifications(page: { limit: 100 }) { items { id } } }');
        expect(list.data?.notifications.items.map((n: { id: string }) => n.id)).not.toContain(o.notificationId);
        const marked = await outsider(token, 'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }', { ids: [o.notificationId] });
        expect(marked.data?.markNotificationsRead).toEqual([]);
        await outsider(token, 'mutation { markAllNotificationsRead }');
        await outsider(token, '{ unreadNotificationCount }');
      }
      const [row] = await t.sql('SELECT read_at FROM notifications WHERE id = $1', [o.notificationId]);
      expect(row?.read_at).toBeNull();
      expect((await t.gql('{ unreadNotificationCount }', {}, { token: k.otherMember })).data?.unreadNotificationCount).toBeGreaterThan(0);
    });

    it('sends a user’s new notifications to that user’s socket only', async () => {
      tried.add('subscription notificationAdded');
      const live = subscribe(socketClient(t, k.homeMember), 'subscription { notificationAdded { id params { name value } } }');
      try {
        await untilListening(t, notificationsChannel(HOME.member.id));
        const notify = (userId: string, reference: string) =>
          t.dataSource.transaction((manager) => t.app.get(NotificationsService).notify(manager, { userIds: [userId], kind: 'DECLARATION_DECIDED', params: { reference } }));
        await notify(OTHER.member.id, 'theirs');
        await notify(HOME.member.id, 'mine');
        const first = await live.next();
        expect(first.data?.notificationAdded.params).toEqual([{ name: 'reference', value: 'mine' }]);
      } finally {
        await live.close();
      }
    });
  });

  describe('quizzes, objectives, challenges', () => {
    it('keeps another user’s quiz attempt, and a quiz for another segment, out of reach', async () => {
      for (const token of Object.values(partnerOutsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { myQuizAttempt(id: $id) { id } }', { id: o.attemptId }));
        expectUnreachable(await outsider(token, 'mutation ($id: ID!) { submitQuizAttempt(attemptId: $id, answers: []) { id } }', { id: o.attemptId }));
        expectUnreachable(await outsider(token, 'query ($id: ID!) { myQuiz(id: $id) { id } }', { id: o.restrictedQuizId }));
        expectUnreachable(await outsider(token, 'mutation ($id: ID!) { startQuizAttempt(quizId: $id) { id } }', { id: o.restrictedQuizId }));
        const open = await outsider(token, '{ myQuizzes { id } }');
        expect(open.data?.myQuizzes.map((q: { id: string }) => q.id)).not.toContain(o.restrictedQuizId);
      }
      const [attempt] = await t.sql('SELECT status FROM quiz_attempts WHERE id = $1', [o.attemptId]);
      expect(attempt?.status).toBe('OPEN');
      // Figures count submitted attempts: OTHER's member submits theirs.
      const submitted = await t.gql('mutation ($id: ID!, $answers: [QuizAnswerInput!]!) { submitQuizAttempt(attemptId: $id, answers: $answers) { id } }', { id: o.attemptId, answers: o.attemptAnswers }, { token: k.otherMember });
      expect(submitted.errors).toBeUndefined();
      // Figures: the north manager's count none of OTHER's takers.
      const q = 'query ($id: ID!) { quizStatistics(id: $id) { takers } }';
      const north = await outsider(k.northManager, q, { id: o.openQuizId });
      expect(north.data?.quizStatistics.takers).toBe(0);
      expect((await t.gql(q, { id: o.openQuizId }, { token: k.southManager })).data?.quizStatistics.takers).toBe(1);
    });

    it('keeps another partner’s objective out of reach and a manager’s objectives to their partners', async () => {
      for (const token of Object.values(outsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { objective(id: $id) { id } }', { id: o.objectiveId }));
        const list = await outsider(token, '{ objectives(page: { limit: 100 }) { items { id partnerId } } }');
        expect(list.data?.objectives.items.filter((x: { partnerId: string }) => x.partnerId === OTHER.partnerId)).toEqual([]);
      }
      const today = new Date().toISOString().slice(0, 10);
      const create = await outsider(k.northManager, 'mutation ($input: ObjectiveInput!) { createObjective(input: $input) { id } }', {
        input: { partnerId: OTHER.partnerId, metric: 'UNITS_SOLD', target: 5, startDay: today, endDay: today, points: 5 },
      });
      expect(create.data ?? null).toBeNull();
      const bySegment = await outsider(k.northManager, 'mutation ($input: SegmentObjectivesInput!) { createObjectivesForSegment(input: $input) { created } }', {
        input: { segmentId: o.segmentId, metric: 'UNITS_SOLD', target: 5, startDay: today, endDay: today, points: 5 },
      });
      expect(bySegment.data?.createObjectivesForSegment.created ?? 0).toBe(0);
      const imported = await outsider(k.northManager, 'mutation ($input: CsvImportInput!) { importObjectives(input: $input) { committed created } }', {
        input: { csv: `partner_code,metric,target,start,end,points\nP-FR-004,UNITS_SOLD,5,${today},${today},5\n`, dryRun: false },
      });
      expect(imported.data?.importObjectives).toMatchObject({ committed: false, created: 0 });
      const [count] = await t.sql('SELECT count(*)::int AS n FROM objectives WHERE partner_id = $1', [OTHER.partnerId]);
      expect(count?.n).toBe(1);
    });

    it('keeps a challenge of another segment and manager out of reach, on its board and its live changes', async () => {
      for (const token of Object.values(outsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { challenge(id: $id) { id } }', { id: o.challengeId }));
        expectUnreachable(await outsider(token, 'query ($id: ID!) { challengeLeaderboard(challengeId: $id) { total } }', { id: o.challengeId }));
        const list = await outsider(token, '{ challenges { id } }');
        expect(list.data?.challenges.map((c: { id: string }) => c.id)).not.toContain(o.challengeId);
        tried.add('subscription leaderboardChanged');
        const live = subscribe(socketClient(t, token), 'subscription ($id: ID!) { leaderboardChanged(challengeId: $id) { challengeId } }', { id: o.challengeId });
        try {
          expect((await live.next()).errors?.[0]?.extensions?.code).toBe('CHALLENGE_NOT_FOUND');
        } finally {
          await live.close();
        }
      }
      for (const token of Object.values(partnerOutsiders())) expectUnreachable(await outsider(token, 'mutation ($id: ID!) { setChallengeAnonymity(challengeId: $id, anonymous: true) { anonymous } }', { id: o.challengeId }));
      expectUnreachable(await outsider(k.northManager, 'mutation ($id: ID!) { publishChallenge(id: $id) { id } }', { id: o.challengeId }));
      const current = (await asBrand('query ($id: ID!) { challenge(id: $id) { title { en fr } rules { en fr } } }', { id: o.challengeId })).challenge;
      expectUnreachable(
        await outsider(k.northManager, 'mutation ($id: ID!, $input: ChallengeInput!) { updateChallenge(id: $id, input: $input) { id } }', {
          id: o.challengeId,
          input: { title: current.title, rules: current.rules, metric: 'UNITS_SOLD', kind: 'TEAM', startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString(), prizeMode: 'RANK', prizes: [] },
        }),
      );
    });

    it('refuses a channel manager a challenge over partners they do not manage', async () => {
      const created = await outsider(k.northManager, CHALLENGE_OPS.create, { input: challengeInput({ segmentId: o.segmentId, title: { en: 'Poach', fr: 'Braconner' } }) });
      expect(created.errors?.[0]?.extensions?.field).toBe('segmentId');
      expect(created.data ?? null).toBeNull();
      const [count] = await t.sql("SELECT count(*)::int AS n FROM challenges WHERE title->>'en' = 'Poach'");
      expect(count?.n).toBe(0);
    });

    it('simulates earnings for the caller’s own partner only', async () => {
      const input = { partnerId: OTHER.partnerId, saleDate: new Date().toISOString().slice(0, 10), lines: [{ productId: declarationInput().lines[0].productId, quantity: 1, amount: 100, currency: 'EUR' }] };
      for (const token of Object.values(outsiders())) expectUnreachable(await outsider(token, 'query ($input: SimulateEarningInput!) { simulateEarning(input: $input) { __typename } }', { input }));
    });
  });

  describe('knowledge base and its file URLs', () => {
    it('keeps an article for another segment out of reading, lists, search and tags', async () => {
      for (const token of Object.values(partnerOutsiders())) {
        expectUnreachable(await outsider(token, 'query ($id: ID!) { article(id: $id) { id } }', { id: o.restrictedArticleId }));
        const list = await outsider(token, '{ articles(page: { limit: 100 }) { items { id } } }');
        expect(list.data?.articles.items.map((a: { id: string }) => a.id)).not.toContain(o.restrictedArticleId);
        const found = await outsider(token, '{ articleSearch(query: "Zephyrine") { article { id } } }');
        expect(found.data?.articleSearch).toEqual([]);
        const tags = await outsider(token, '{ articleTags }');
        expect(tags.data?.articleTags).toContain('everyone');
        expect(tags.data?.articleTags).not.toContain('zephyrine');
      }
      expect((await t.gql('{ articleTags }', {}, { token: k.otherMember })).data?.articleTags).toContain('zephyrine');
    });

    it('refuses a file URL signed for one file or user when used for another', async () => {
      const open = new URL(o.openFileUrl, t.url);
      expect((await fetch(open)).status).toBe(200);
      // The outsider's own, valid signature pointed at the restricted file.
      const swapped = new URL(open.toString().replace(o.openAttachmentId, o.restrictedAttachmentId));
      expect((await fetch(swapped)).status).toBe(404);
      // OTHER's URL with the outsider's id in place of OTHER's member.
      const restricted = new URL(o.restrictedFileUrl, t.url);
      restricted.searchParams.set('u', HOME.member.id);
      expect((await fetch(restricted)).status).toBe(404);
    });

    it('counts a channel manager’s article figures and reach over their partners only', async () => {
      await t.gql('query ($id: ID!) { article(id: $id) { id } }', { id: o.restrictedArticleId }, { token: k.otherMember });
      const figures = 'query ($id: ID!) { articleFigures(id: $id) { uniqueReaders readingPartners } }';
      const north = await outsider(k.northManager, figures, { id: o.restrictedArticleId });
      expect(north.data?.articleFigures).toEqual({ uniqueReaders: 0, readingPartners: 0 });
      expect((await t.gql(figures, { id: o.restrictedArticleId }, { token: k.southManager })).data?.articleFigures.uniqueReaders).toBeGreaterThan(0);
      const reach = 'query ($ids: [ID!]!) { articleReach(segmentIds: $ids) }';
      expect((await outsider(k.northManager, reach, { ids: [o.segmentId] })).data?.articleReach).toBe(0);
      expect((await t.gql(reach, { ids: [o.segmentId] }, { token: k.southManager })).data?.articleReach).toBe(1);
    });
  });

  describe('dashboards', () => {
    it('gives a channel manager asking for another manager’s partners nothing more than a manager with none', async () => {
      await t.app.get(ActivityProcessor).processPending();
      const schema = publishedSchema();
      const fields = schema.getQueryType()?.getFields() ?? {};
      const dashboards = Object.values(fields).filter((field) => field.args.some((arg) => arg.name === 'filter' && String(arg.type) === 'DashboardFilterInput!'));
      expect(dashboards.length).toBeGreaterThanOrEqual(4);
      // The last twelve whole months, this one included.
      const now = new Date();
      const day = (months: number, date: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, date)).toISOString().slice(0, 10);
      const period = { from: day(-11, 1), to: day(1, 0) };
      const leaks: string[] = [];
      for (const field of dashboards) {
        const query = `query ($filter: DashboardFilterInput!) { ${field.name}(filter: $filter) ${fullSelection(field.type)} }`;
        const asked = await outsider(k.northManager, query, { filter: { ...period, channelManagerId: DEMO_USERS.channelManagerSouth.id } });
        // Nobody's partners: a brand admin filtering on a manager id that manages none.
        const nobody = await t.gql(query, { filter: { ...period, channelManagerId: DEMO_USERS.brandAdmin.id } }, { token: k.brandAdmin });
        if (JSON.stringify(asked) !== JSON.stringify(nobody)) leaks.push(`${field.name}: ${JSON.stringify(asked).slice(0, 300)} vs ${JSON.stringify(nobody).slice(0, 300)}`);
      }
      expect(leaks).toEqual([]);
      // Not vacuous: the south manager's own sell-out is not that of nobody.
      const sales = `query ($filter: DashboardFilterInput!) { salesOverview(filter: $filter) ${fullSelection(fields.salesOverview.type)} }`;
      const south = await t.gql(sales, { filter: { ...period, channelManagerId: DEMO_USERS.channelManagerSouth.id } }, { token: k.brandAdmin });
      const none = await t.gql(sales, { filter: { ...period, channelManagerId: DEMO_USERS.brandAdmin.id } }, { token: k.brandAdmin });
      expect(JSON.stringify(south)).not.toEqual(JSON.stringify(none));
    });

    it('counts only a channel manager’s partners in the stage funnel', async () => {
      // The segment holds OTHER only, whom the north manager does not manage.
      const query = 'query ($id: ID) { stageFunnel(segmentId: $id) { total } }';
      expect((await outsider(k.northManager, query, { id: o.segmentId })).data?.stageFunnel.total).toBe(0);
      expect((await t.gql(query, { id: o.segmentId }, { token: k.southManager })).data?.stageFunnel.total).toBe(1);
    });
  });

  describe('CSV exports (file URLs of the back office)', () => {
    // What would show another partner in a file: its name, code, order reference, member's name or e-mail.
    const markers = () => ['Clim Provence', 'P-FR-004', o.orderReference, 'Garcia', OTHER.member.email];
    const download = async (token: string, path: string) => {
      const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, body: await response.text() };
    };

    // Each file as is, and narrowed to OTHER the way its filters allow.
    const byPartner = () => `?partnerId=${OTHER.partnerId}`;
    it.each<[string, () => string]>([
      ['/exports/declarations.csv', byPartner],
      ['/exports/partners.csv', () => '?search=Provence'],
      ['/exports/orders.csv', byPartner],
      ['/exports/ledger.csv', byPartner],
      ['/exports/quiz-results.csv', () => `?quizId=${o.openQuizId}`],
      ['/files/reward-orders.csv', byPartner],
    ])('leaves another manager’s partners out of %s', async (path, narrowed) => {
      const brand = await download(k.brandAdmin, path);
      expect(brand.status).toBe(200);
      expect(markers().some((marker) => brand.body.includes(marker))).toBe(true);
      for (const query of ['', narrowed()]) {
        const north = await download(k.northManager, path + query);
        expect(north.status).toBe(200);
        expect(markers().filter((marker) => north.body.includes(marker))).toEqual([]);
      }
    });

    it('gives a partner its own declarations only', async () => {
      for (const token of Object.values(partnerOutsiders())) {
        for (const query of ['', `?partnerId=${OTHER.partnerId}`]) {
          const own = await download(token, `/exports/declarations.csv${query}`);
          expect(own.status).toBe(200);
          expect(markers().filter((marker) => own.body.includes(marker))).toEqual([]);
        }
      }
    });
  });

  it('tried every operation whose decision has a scope, as an outsider', () => {
    const untried = Object.entries(OPERATION_DECISIONS).flatMap(([type, fields]) =>
      Object.entries(fields)
        .filter(([, decision]) => SCOPED.includes(decision.scope))
        .map(([field]) => `${type} ${field}`)
        .filter((name) => !tried.has(name) && !(name in NOTHING_TO_AIM_AT)),
    );
    expect(untried).toEqual([]);
  });
});

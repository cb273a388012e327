import { randomUUID } from 'node:crypto';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoPartnerId } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { LedgerService } from './ledger.service';

const MY_POINTS = 'query { myPoints { user { ownerId available pending } partner { ownerId available } } }';
const HISTORY = `query ($owner: WalletOwnerInput!) { pointsHistory(owner: $owner) { total items { kind amount sourceType reason status createdAt } } }`;
const ADJUST = 'mutation ($input: AdjustPointsInput!) { adjustPoints(input: $input) { id kind amount reason } }';

/** Partner 1 (Chauffage Dupont) is the northern manager's, partner 4 (Clim Provence) the southern one's. */
const p1 = demoPartnerAccounts(1);
const p4 = demoPartnerAccounts(4);
const partnerWallet = (n: number) => ({ ownerType: 'PARTNER', ownerId: demoPartnerId(n) });
const userWallet = (id: string) => ({ ownerType: 'USER', ownerId: id });

describe('WalletsService', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const adjust = (input: Record<string, unknown>, token = tokens.admin) =>
    t.gql(ADJUST, { input: { idempotencyKey: randomUUID(), reason: 'Welcome bonus', ...input } }, { token });
  const entryCount = async () => (await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM ledger_entries'))[0]?.n;

  beforeAll(async () => {
    t = await createTestApp();
    tokens.admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
    tokens.north = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    tokens.p1Admin = await t.tokenFor(p1.admin.email);
    tokens.p1Member = await t.tokenFor(p1.member.email);
    await t.dataSource.transaction(async (manager) => {
      const ledger = t.app.get(LedgerService);
      const pay = (ownerType: 'USER' | 'PARTNER', ownerId: string, amount: number) =>
        ledger.credit(manager, { account: { ownerType, ownerId }, amount, kind: 'QUIZ_PASSED', source: { type: 'QUIZ', id: 'quiz-1' }, idempotencyKey: `${ownerId}:quiz-1` });
      await pay('USER', p1.member.id, 30);
      await pay('PARTNER', p1.partnerId, 200);
      await pay('PARTNER', p4.partnerId, 70);
    });
  });
  afterAll(() => t.close());

  describe('myPoints', () => {
    it('gives a partner user their own and their partner\'s balances', async () => {
      const result = await t.gql(MY_POINTS, {}, { token: tokens.p1Member });
      expect(result.data?.myPoints).toEqual({
        user: { ownerId: p1.member.id, available: 30, pending: 0 },
        partner: { ownerId: p1.partnerId, available: 200 },
      });
    });

    it('refuses brand roles', async () => {
      const result = await t.gql(MY_POINTS, {}, { token: tokens.admin });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('pointsHistory', () => {
    it('shows a partner member their own wallet and their partner\'s, with the source of each entry', async () => {
      const own = await t.gql(HISTORY, { owner: userWallet(p1.member.id) }, { token: tokens.p1Member });
      expect(own.data?.pointsHistory).toMatchObject({ total: 1, items: [{ kind: 'QUIZ_PASSED', amount: 30, sourceType: 'QUIZ', status: 'CONFIRMED' }] });
      const partner = await t.gql(HISTORY, { owner: partnerWallet(1) }, { token: tokens.p1Member });
      expect(partner.data?.pointsHistory.total).toBe(1);
    });

    it('answers WALLET_NOT_FOUND to a partner reading another partner\'s wallet', async () => {
      for (const owner of [partnerWallet(4), userWallet(p4.member.id)]) {
        const result = await t.gql(HISTORY, { owner }, { token: tokens.p1Admin });
        expect(result.errors?.[0]?.extensions?.code).toBe('WALLET_NOT_FOUND');
        expect(result.data).toBeNull();
      }
    });

    it('shows a partner admin their team\'s wallets, but not a member their admin\'s', async () => {
      const team = await t.gql(HISTORY, { owner: userWallet(p1.member.id) }, { token: tokens.p1Admin });
      expect(team.data?.pointsHistory.total).toBe(1);
      const admin = await t.gql(HISTORY, { owner: userWallet(p1.admin.id) }, { token: tokens.p1Member });
      expect(admin.errors?.[0]?.extensions?.code).toBe('WALLET_NOT_FOUND');
    });

    it('shows a channel manager their partners\' wallets and users only', async () => {
      const own = await t.gql(HISTORY, { owner: partnerWallet(1) }, { token: tokens.north });
      expect(own.data?.pointsHistory.total).toBe(1);
      for (const owner of [partnerWallet(4), userWallet(p4.member.id)]) {
        const result = await t.gql(HISTORY, { owner }, { token: tokens.north });
        expect(result.errors?.[0]?.extensions?.code).toBe('WALLET_NOT_FOUND');
      }
    });

    it('answers WALLET_NOT_FOUND for a brand user, an unknown id or a malformed one', async () => {
      for (const owner of [userWallet(DEMO_USERS.channelManagerNorth.id), partnerWallet(999), { ownerType: 'USER', ownerId: 'nope' }]) {
        const result = await t.gql(HISTORY, { owner }, { token: tokens.admin });
        expect(result.errors?.[0]?.extensions?.code).toBe('WALLET_NOT_FOUND');
      }
    });
  });

  describe('adjustPoints', () => {
    it('lets a brand admin add points with a reason, once per idempotency key', async () => {
      const input = { ...partnerWallet(4), amount: 500, idempotencyKey: randomUUID() };
      const first = await adjust(input);
      expect(first.data?.adjustPoints).toMatchObject({ kind: 'MANUAL_ADJUSTMENT', amount: 500, reason: 'Welcome bonus' });
      const again = await adjust(input);
      expect(again.data?.adjustPoints.id).toBe(first.data?.adjustPoints.id);
      const history = await t.gql(HISTORY, { owner: partnerWallet(4) }, { token: tokens.admin });
      expect(history.data?.pointsHistory.items[0]).toMatchObject({ kind: 'MANUAL_ADJUSTMENT', amount: 500, sourceType: 'ADJUSTMENT', reason: 'Welcome bonus' });
    });

    it('refuses a negative adjustment below zero with INSUFFICIENT_POINTS', async () => {
      const before = await entryCount();
      const result = await adjust({ ...userWallet(p1.member.id), amount: -31 });
      expect(result.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_POINTS');
      expect(await entryCount()).toBe(before);
      const taken = await adjust({ ...userWallet(p1.member.id), amount: -30 });
      expect(taken.data?.adjustPoints.amount).toBe(-30);
    });

    it('refuses other roles', async () => {
      for (const token of [tokens.north, tokens.p1Admin]) {
        const result = await adjust({ ...partnerWallet(1), amount: 10 }, token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      }
    });

    it('names the field of a missing reason, a zero or an oversized amount, and writes nothing', async () => {
      const before = await entryCount();
      const cases: [Record<string, unknown>, string][] = [
        [{ amount: 10, reason: '  ' }, 'reason'],
        [{ amount: 0 }, 'amount'],
        [{ amount: 1_000_001 }, 'amount'],
      ];
      for (const [input, field] of cases) {
        const result = await adjust({ ...partnerWallet(1), ...input });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_INPUT', field });
      }
      expect(await entryCount()).toBe(before);
    });
  });
});

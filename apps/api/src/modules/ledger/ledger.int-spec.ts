import { randomUUID } from 'node:crypto';

import type { EntityManager } from 'typeorm';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DomainError } from '../../core/errors/domain-error';
import { LedgerService } from './ledger.service';
import { CreditInput, WalletRef } from './ledger.types';

const MONTH = 31 * 86400_000;
const DAY = 86400_000;

describe('LedgerService', () => {
  let t: TestApp;
  let ledger: LedgerService;
  const tx = <T>(work: (manager: EntityManager) => Promise<T>) => t.dataSource.transaction(work);
  const wallet = (): WalletRef => ({ ownerType: 'PARTNER', ownerId: randomUUID() });
  const credit = (account: WalletRef, amount: number, key: string = randomUUID(), extra: Partial<CreditInput> = {}) =>
    tx((m) => ledger.credit(m, { account, amount, kind: 'DECLARATION_APPROVED', source: { type: 'DECLARATION', id: key }, idempotencyKey: key, ...extra }));
  const debit = (account: WalletRef, amount: number, key: string = randomUUID()) =>
    tx((m) => ledger.debit(m, { account, amount, kind: 'REDEMPTION', source: { type: 'REDEMPTION', id: key }, idempotencyKey: key }));
  const balance = (account: WalletRef) => ledger.balance(t.dataSource.manager, account);
  const entriesOf = (account: WalletRef) =>
    t.sql<{ id: string; amount: number; kind: string; shortfall: number; corrects_entry_id: string | null }>(
      `SELECT e.* FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
       WHERE a.owner_type = $1 AND a.owner_id = $2 ORDER BY e.created_at, e.amount DESC`,
      [account.ownerType, account.ownerId],
    );
  const sumOf = async (account: WalletRef) => (await entriesOf(account)).reduce((sum, e) => sum + e.amount, 0);
  const lotsOf = (account: WalletRef) =>
    t.sql<{ entry_id: string; amount: number; remaining: number; expired: number; status: string }>(
      `SELECT l.* FROM ledger_lots l JOIN ledger_accounts a ON a.id = l.account_id WHERE a.owner_type = $1 AND a.owner_id = $2 ORDER BY l.expires_at`,
      [account.ownerType, account.ownerId],
    );
  const codeOf = (result: PromiseSettledResult<unknown>) =>
    result.status === 'rejected' && result.reason instanceof DomainError ? result.reason.code : result.status;

  beforeAll(async () => {
    t = await createTestApp();
    ledger = t.app.get(LedgerService);
  });
  afterAll(() => t.close());
  afterEach(() => t.sql('UPDATE programme_settings SET points_expiry_months = 24, return_window_days = 0'));

  describe('credit', () => {
    it('pays once when the same idempotency key is credited twice', async () => {
      const account = wallet();
      const first = await credit(account, 120, 'decl-1:line-1');
      const second = await credit(account, 120, 'decl-1:line-1');
      expect(second.id).toBe(first.id);
      expect(await entriesOf(account)).toHaveLength(1);
      expect(await balance(account)).toEqual({ available: 120, pending: 0, expiringSoon: 0, lifetimeEarned: 120 });
    });

    it('pays once when ten transactions credit the same key at the same moment', async () => {
      const account = wallet();
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 10 }, () => credit(account, 50, key)));
      expect(new Set(results.map((e) => e.id)).size).toBe(1);
      expect(await entriesOf(account)).toHaveLength(1);
      expect(await lotsOf(account)).toHaveLength(1);
      expect((await balance(account)).available).toBe(50);
    });

    it('refuses a key already used for another movement', async () => {
      const key = randomUUID();
      await credit(wallet(), 10, key);
      await expect(credit(wallet(), 10, key)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    });

    it('refuses zero, negative or fractional points', async () => {
      for (const amount of [0, -5, 1.5]) await expect(credit(wallet(), amount)).rejects.toMatchObject({ code: 'POINTS_AMOUNT_INVALID' });
    });
  });

  describe('debit', () => {
    it('lets at most two of five concurrent 40-point spendings through on a 100-point wallet', async () => {
      const account = wallet();
      await credit(account, 100);
      const results = await Promise.allSettled(Array.from({ length: 5 }, () => debit(account, 40)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      expect(results.filter((r) => r.status === 'rejected').map(codeOf)).toEqual(['INSUFFICIENT_POINTS', 'INSUFFICIENT_POINTS', 'INSUFFICIENT_POINTS']);
      const { available } = await balance(account);
      expect(available).toBe(20);
      expect(await sumOf(account)).toBe(available);
      expect((await lotsOf(account)).every((lot) => lot.remaining >= 0)).toBe(true);
    });

    it('draws from the soonest-expiring lot first', async () => {
      const account = wallet();
      const later = await credit(account, 100);
      await t.sql('UPDATE programme_settings SET points_expiry_months = 6');
      const sooner = await credit(account, 50);
      await debit(account, 70);
      const lots = await lotsOf(account);
      expect(lots.map((l) => [l.entry_id, l.remaining])).toEqual([
        [sooner.id, 0],
        [later.id, 80],
      ]);
    });

    it('spends once when retried with the same key', async () => {
      const account = wallet();
      await credit(account, 100);
      const key = randomUUID();
      const [first, again] = [await debit(account, 30, key), await debit(account, 30, key)];
      expect(again.id).toBe(first.id);
      expect((await balance(account)).available).toBe(70);
    });
  });

  describe('reverse', () => {
    it('takes back exactly what a source paid, on every wallet it paid, once', async () => {
      const user: WalletRef = { ownerType: 'USER', ownerId: randomUUID() };
      const partner = wallet();
      const source = { type: 'DECLARATION', id: randomUUID() };
      await credit(user, 60, `${source.id}:user`, { source });
      await credit(partner, 40, `${source.id}:partner`, { source });
      await credit(partner, 25);
      const reversals = await tx((m) => ledger.reverse(m, { source, idempotencyKey: `reverse:${source.id}`, authorId: null, reason: 'Returned goods' }));
      expect(reversals.map((e) => e.amount).sort()).toEqual([-40, -60]);
      expect(reversals.every((e) => e.kind === 'REVERSAL' && e.shortfall === 0 && e.correctsEntryId)).toBe(true);
      expect((await balance(user)).available).toBe(0);
      expect((await balance(partner)).available).toBe(25);
      const again = await tx((m) => ledger.reverse(m, { source, idempotencyKey: 'another-key', reason: 'Twice' }));
      expect(again.map((e) => e.id).sort()).toEqual(reversals.map((e) => e.id).sort());
      expect(await entriesOf(partner)).toHaveLength(3);
    });

    it('takes spent points from the rest of the wallet down to zero and records the shortfall', async () => {
      const account = wallet();
      const paid = await credit(account, 100);
      await credit(account, 50);
      await debit(account, 120);
      const [reversal] = await tx((m) => ledger.reverse(m, { entryId: paid.id, idempotencyKey: randomUUID(), reason: 'Fraud' }));
      expect(reversal).toMatchObject({ amount: -30, shortfall: 70, correctsEntryId: paid.id });
      expect((await balance(account)).available).toBe(0);
      expect(await sumOf(account)).toBe(0);
    });

    it('answers LEDGER_ENTRY_NOT_FOUND for a source that paid nothing', async () => {
      await expect(tx((m) => ledger.reverse(m, { source: { type: 'DECLARATION', id: randomUUID() }, idempotencyKey: randomUUID(), reason: 'x' }))).rejects.toMatchObject({
        code: 'LEDGER_ENTRY_NOT_FOUND',
      });
    });
  });

  describe('confirmDue', () => {
    it('makes pending points available once the return window has passed', async () => {
      await t.sql('UPDATE programme_settings SET return_window_days = 14');
      const account = wallet();
      const entry = await credit(account, 100, randomUUID(), { pending: true });
      expect(entry.status).toBe('PENDING');
      expect(await balance(account)).toMatchObject({ available: 0, pending: 100 });
      await expect(debit(account, 10)).rejects.toMatchObject({ code: 'INSUFFICIENT_POINTS' });
      await ledger.confirmDue(new Date(Date.now() + 13 * DAY));
      expect(await balance(account)).toMatchObject({ available: 0, pending: 100 });
      await ledger.confirmDue(new Date(Date.now() + 15 * DAY));
      expect(await balance(account)).toMatchObject({ available: 100, pending: 0 });
      expect(await sumOf(account)).toBe(100);
    });

    it('confirms at once when the return window is 0 days', async () => {
      const entry = await credit(wallet(), 10, randomUUID(), { pending: true });
      expect(entry.status).toBe('CONFIRMED');
    });
  });

  describe('the ledger_entries table', () => {
    it('refuses UPDATE and DELETE in SQL', async () => {
      await credit(wallet(), 5);
      await expect(t.sql('UPDATE ledger_entries SET amount = amount + 1')).rejects.toThrow(/append-only/);
      await expect(t.sql('DELETE FROM ledger_entries')).rejects.toThrow(/append-only/);
    });
  });

  // Last: expiry in 25 months reaches every lot written above.
  describe('expireDue', () => {
    it('writes one EXPIRY entry per expired lot, even when run twice', async () => {
      const account = wallet();
      await credit(account, 100);
      await debit(account, 30);
      const later = new Date(Date.now() + 25 * MONTH);
      await ledger.expireDue(later);
      await ledger.expireDue(later);
      const expiries = (await entriesOf(account)).filter((e) => e.kind === 'EXPIRY');
      expect(expiries.map((e) => e.amount)).toEqual([-70]);
      expect(await lotsOf(account)).toMatchObject([{ remaining: 0, expired: 70 }]);
      expect((await balance(account)).available).toBe(0);
      expect(await sumOf(account)).toBe(0);
    });

    it('leaves lots that have not expired', async () => {
      const account = wallet();
      await credit(account, 40);
      expect(await ledger.expireDue(new Date(Date.now() + 23 * MONTH))).toBe(0);
      expect((await balance(account)).available).toBe(40);
    });
  });
});

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allocateFromLots, EARNING_KINDS } from '@relais/domain';
import { DataSource, EntityManager, In } from 'typeorm';

import { isUniqueViolation } from '../../core/database/pg-errors';
import { isUuid } from '../../core/validation/uuid';
import { ProgrammeSettingsService } from '../programme/programme.service';
import { LedgerErrors } from './ledger.errors';
import { CreditInput, DebitInput, ReverseInput, WalletBalance, WalletRef } from './ledger.types';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerEntry } from './ledger-entry.entity';
import { LedgerLots } from './ledger-lots';

type NewEntry = Omit<LedgerEntry, 'id' | 'createdAt' | 'account' | 'correctsEntry' | 'confirmAt' | 'shortfall'> & { shortfall?: number };

const BATCH = 200;
/**
 * The points ledger. Every movement runs in the caller's transaction (its EntityManager), so points
 * move together with whatever caused them, or not at all.
 */
@Injectable()
export class LedgerService {
  private readonly logger = new Logger(LedgerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programme: ProgrammeSettingsService,
  ) {}

  /** Pays points into a wallet as a new lot; a repeated idempotency key returns the first entry and pays nothing. */
  async credit(manager: EntityManager, input: CreditInput): Promise<LedgerEntry> {
    return (await this.creditMany(manager, [input]))[0];
  }

  /**
   * Several credits in a few statements whatever their number (an approval pays every line of a
   * declaration at once). Each keeps its own key and lot; the answer is in the order of the inputs.
   */
  async creditMany(manager: EntityManager, inputs: CreditInput[]): Promise<LedgerEntry[]> {
    if (inputs.length === 0) return [];
    if (inputs.some((input) => !Number.isInteger(input.amount) || input.amount <= 0)) throw LedgerErrors.invalidAmount();
    const accounts = new Map<string, LedgerAccount>();
    for (const input of inputs) {
      const ref = `${input.account.ownerType}:${input.account.ownerId}`;
      if (!accounts.has(ref)) accounts.set(ref, await this.ensureAccount(manager, input.account));
    }
    const accountOf = (input: CreditInput) => accounts.get(`${input.account.ownerType}:${input.account.ownerId}`) as LedgerAccount;
    const settings = await this.programme.get(manager);
    const rows = inputs.map((input) => {
      const pending = input.pending === true && settings.returnWindowDays > 0;
      return { ...this.entryValues(accountOf(input).id, input), status: pending ? 'PENDING' : 'CONFIRMED' };
    });
    // Keys in one order, so two payers of the same keys wait on each other instead of deadlocking.
    rows.sort((a, b) => (a.idempotencyKey < b.idempotencyKey ? -1 : 1));
    // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key, so only one of them pays.
    const inserted: { id: string; account_id: string; amount: number; status: string; confirm_at: Date | null }[] = await manager.query(
      `INSERT INTO ledger_entries (account_id, amount, kind, source_type, source_id, rule_version, idempotency_key, author_id, reason, status, confirm_at)
       SELECT r.account_id, r.amount, r.kind, r.source_type, r.source_id, r.rule_version, r.idempotency_key, r.author_id, r.reason, r.status,
              CASE WHEN r.status = 'PENDING' THEN now() + make_interval(days => $2::int) END
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id uuid, amount int, kind text, source_type text, source_id text, rule_version text,
            idempotency_key text, author_id uuid, reason text, status text)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id, account_id, amount, status, confirm_at`,
      [JSON.stringify(rows.map((r) => ({ account_id: r.accountId, amount: r.amount, kind: r.kind, source_type: r.sourceType, source_id: r.sourceId, rule_version: r.ruleVersion, idempotency_key: r.idempotencyKey, author_id: r.authorId, reason: r.reason, status: r.status }))), settings.returnWindowDays],
    );
    await LedgerLots.createMany(
      manager,
      inserted.map((e) => ({ accountId: e.account_id, entryId: e.id, amount: e.amount, pending: e.status === 'PENDING', confirmAt: e.confirm_at })),
      settings.pointsExpiryMonths,
    );
    const entries = await manager.getRepository(LedgerEntry).findBy({ idempotencyKey: In(inputs.map((i) => i.idempotencyKey)) });
    const byKey = new Map(entries.map((e) => [e.idempotencyKey, e]));
    // A key already used must name the same movement; paying something else under it would hide a bug.
    return inputs.map((input) => {
      const entry = byKey.get(input.idempotencyKey);
      if (!entry || entry.accountId !== accountOf(input).id || entry.amount !== input.amount) throw LedgerErrors.keyReused();
      return entry;
    });
  }

  /** Spends points from the soonest-expiring lots; INSUFFICIENT_POINTS when the available balance is lower. */
  async debit(manager: EntityManager, input: DebitInput): Promise<LedgerEntry> {
    if (!Number.isInteger(input.amount) || input.amount <= 0) throw LedgerErrors.invalidAmount();
    const account = await this.lockAccount(manager, input.account);
    const found = await manager.getRepository(LedgerEntry).findOneBy({ idempotencyKey: input.idempotencyKey });
    if (found) return this.existing(manager, input.idempotencyKey, account.id, -input.amount, found);
    const { draws, shortfall } = allocateFromLots(await LedgerLots.spendable(manager, account.id), input.amount);
    if (shortfall > 0) throw LedgerErrors.insufficientPoints();
    const entry = await this.insert(manager, { ...this.entryValues(account.id, { ...input, amount: -input.amount }), status: 'CONFIRMED' });
    await LedgerLots.draw(manager, draws);
    return entry;
  }

  /**
   * Takes back what an entry (or every entry of a source) paid, with one REVERSAL entry each:
   * first what is left of the credit's lot, then, for the part already spent, other available points
   * (soonest-expiring first) down to zero at most; what still cannot be taken is recorded as the
   * entry's shortfall. Points of the lot that expired are not taken again. A reversed debit is paid
   * back as a new lot. An entry is reversed once; asking again returns the first reversal.
   */
  async reverse(manager: EntityManager, input: ReverseInput): Promise<LedgerEntry[]> {
    const entries = manager.getRepository(LedgerEntry);
    if (input.entryId !== undefined && !isUuid(input.entryId)) throw LedgerErrors.entryNotFound();
    const targets = input.entryId
      ? await entries.findBy({ id: input.entryId })
      : await entries
          .createQueryBuilder('e')
          .where("e.source_type = :type AND e.source_id = :id AND e.kind NOT IN ('REVERSAL', 'EXPIRY')", input.source)
          .orderBy('e.created_at')
          .addOrderBy('e.id')
          .getMany();
    if (targets.length === 0) throw LedgerErrors.entryNotFound();
    if (targets.some((t) => t.kind === 'REVERSAL')) throw LedgerErrors.notReversible();
    const accountIds = [...new Set(targets.map((t) => t.accountId))].sort();
    await manager.query('SELECT id FROM ledger_accounts WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [accountIds]);
    const reversals: LedgerEntry[] = [];
    for (const target of targets) {
      const done = await entries.findOneBy({ correctsEntryId: target.id, kind: 'REVERSAL' });
      reversals.push(done ?? (await this.reverseOne(manager, target, input)));
    }
    return reversals;
  }

  /** Pending lots whose return window has ended become available; returns how many. */
  async confirmDue(now: Date = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const [, count] = await this.dataSource.query<[unknown[], number]>(
        `WITH due AS (SELECT id FROM ledger_lots WHERE status = 'PENDING' AND confirm_at <= $1 LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
         UPDATE ledger_lots l SET status = 'AVAILABLE' FROM due WHERE l.id = due.id`,
        [now],
      );
      total += count;
      if (count < BATCH) break;
    }
    if (total > 0) this.logger.log({ lots: total }, 'Pending points confirmed');
    return total;
  }

  /** Writes an EXPIRY entry for each lot past its expiry date with points left; once per lot. Returns how many. */
  async expireDue(now: Date = new Date()): Promise<number> {
    let total = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const lots: { id: string; account_id: string; remaining: number }[] = await manager.query(
          `SELECT id, account_id, remaining FROM ledger_lots WHERE expired_at IS NULL AND remaining > 0 AND expires_at <= $1
           ORDER BY expires_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [now],
        );
        for (const lot of lots) {
          await manager
            .createQueryBuilder()
            .insert()
            .into(LedgerEntry)
            .values({ accountId: lot.account_id, amount: -lot.remaining, kind: 'EXPIRY', sourceType: 'LOT', sourceId: lot.id, idempotencyKey: `expiry:${lot.id}`, status: 'CONFIRMED' })
            .orIgnore()
            .execute();
          await manager.query('UPDATE ledger_lots SET expired = remaining, remaining = 0, expired_at = $2 WHERE id = $1', [lot.id, now]);
        }
        return lots.length;
      });
      total += count;
      if (count < BATCH) break;
    }
    if (total > 0) this.logger.log({ lots: total }, 'Points expired');
    return total;
  }

  /** A wallet's balance, derived from its lots (whose remainders always add up to its entries). */
  async balance(manager: EntityManager, ref: WalletRef): Promise<WalletBalance> {
    const account = isUuid(ref.ownerId) ? await manager.getRepository(LedgerAccount).findOneBy(ref) : null;
    if (!account) return { available: 0, pending: 0, expiringSoon: 0, lifetimeEarned: 0 };
    const { expiringSoonDays } = await this.programme.get(manager);
    const [lots]: { available: number; pending: number; expiring_soon: number }[] = await manager.query(
      `SELECT coalesce(sum(remaining) FILTER (WHERE status = 'AVAILABLE'), 0)::int AS available,
              coalesce(sum(remaining) FILTER (WHERE status = 'PENDING'), 0)::int AS pending,
              coalesce(sum(remaining) FILTER (WHERE expires_at <= now() + make_interval(days => $2::int)), 0)::int AS expiring_soon
       FROM ledger_lots WHERE account_id = $1`,
      [account.id, expiringSoonDays],
    );
    const [earned]: { lifetime: number }[] = await manager.query(
      `SELECT coalesce(sum(amount), 0)::int AS lifetime FROM ledger_entries
       WHERE account_id = $1 AND (kind = ANY($2) OR (kind = 'MANUAL_ADJUSTMENT' AND amount > 0) OR (kind = 'REVERSAL' AND amount < 0))`,
      [account.id, EARNING_KINDS],
    );
    return { available: lots?.available ?? 0, pending: lots?.pending ?? 0, expiringSoon: lots?.expiring_soon ?? 0, lifetimeEarned: earned?.lifetime ?? 0 };
  }

  /**
   * Points each partner earned since `since`: earning credits (and positive adjustments) on the
   * partner's wallet and on its users' wallets, less what reversals took back from those credits.
   * Tiers read it; a user's points count for the partner they belong to now.
   */
  async earnedByPartners(manager: EntityManager, partnerIds: readonly string[], since: Date): Promise<Map<string, number>> {
    const result = new Map(partnerIds.map((id) => [id, 0]));
    if (partnerIds.length === 0) return result;
    const rows: { partner_id: string; points: number }[] = await manager.query(
      `WITH wallets AS (
         SELECT a.id, a.owner_id AS partner_id FROM ledger_accounts a WHERE a.owner_type = 'PARTNER' AND a.owner_id = ANY($1::uuid[])
         UNION ALL
         SELECT a.id, u.partner_id FROM ledger_accounts a JOIN users u ON u.id = a.owner_id
          WHERE a.owner_type = 'USER' AND u.partner_id = ANY($1::uuid[]))
       SELECT w.partner_id, coalesce(sum(e.amount + coalesce(r.amount, 0)), 0)::int AS points
         FROM wallets w
         JOIN ledger_entries e ON e.account_id = w.id AND e.created_at >= $2
          AND (e.kind = ANY($3) OR (e.kind = 'MANUAL_ADJUSTMENT' AND e.amount > 0))
         LEFT JOIN ledger_entries r ON r.corrects_entry_id = e.id AND r.kind = 'REVERSAL'
        GROUP BY w.partner_id`,
      [partnerIds, since, EARNING_KINDS],
    );
    for (const row of rows) result.set(row.partner_id, Math.max(0, row.points));
    return result;
  }

  /** The wallet's row, created on first use. */
  async ensureAccount(manager: EntityManager, ref: WalletRef): Promise<LedgerAccount> {
    if (!isUuid(ref.ownerId)) throw LedgerErrors.walletNotFound();
    await manager.createQueryBuilder().insert().into(LedgerAccount).values({ ownerType: ref.ownerType, ownerId: ref.ownerId }).orIgnore().execute();
    return manager.getRepository(LedgerAccount).findOneByOrFail({ ownerType: ref.ownerType, ownerId: ref.ownerId });
  }

  private async lockAccount(manager: EntityManager, ref: WalletRef): Promise<LedgerAccount> {
    const account = await this.ensureAccount(manager, ref);
    await manager.query('SELECT id FROM ledger_accounts WHERE id = $1 FOR UPDATE', [account.id]);
    return account;
  }

  private async reverseOne(manager: EntityManager, target: LedgerEntry, input: ReverseInput): Promise<LedgerEntry> {
    const base = {
      accountId: target.accountId,
      kind: 'REVERSAL' as const,
      sourceType: target.sourceType,
      sourceId: target.sourceId,
      ruleVersion: target.ruleVersion,
      idempotencyKey: `${input.idempotencyKey}:${target.id}`,
      correctsEntryId: target.id,
      authorId: input.authorId ?? null,
      reason: input.reason,
      status: 'CONFIRMED' as const,
    };
    if (target.amount < 0) {
      const entry = await this.insert(manager, { ...base, amount: -target.amount });
      const { pointsExpiryMonths } = await this.programme.get(manager);
      await LedgerLots.create(manager, { accountId: target.accountId, entryId: entry.id, amount: entry.amount, pending: false, confirmAt: null, months: pointsExpiryMonths });
      return entry;
    }
    const lot = await LedgerLots.ofEntry(manager, target.id);
    const fromLot = lot?.remaining ?? 0;
    const spent = lot ? lot.amount - lot.remaining - lot.expired : 0;
    const { draws, shortfall } = allocateFromLots(await LedgerLots.spendable(manager, target.accountId, lot?.id), spent);
    const drawn = draws.reduce((sum, d) => sum + d.amount, 0);
    const entry = await this.insert(manager, { ...base, amount: -(fromLot + drawn), shortfall });
    await LedgerLots.draw(manager, [...(lot && fromLot > 0 ? [{ lotId: lot.id, amount: fromLot }] : []), ...draws]);
    if (shortfall > 0) this.logger.warn({ entryId: target.id, shortfall }, 'Reversal could not take back every point');
    return entry;
  }

  private entryValues(accountId: string, input: Omit<CreditInput, 'account' | 'pending'>) {
    return {
      accountId,
      amount: input.amount,
      kind: input.kind,
      sourceType: input.source.type,
      sourceId: input.source.id,
      ruleVersion: input.ruleVersion ?? null,
      idempotencyKey: input.idempotencyKey,
      correctsEntryId: null,
      authorId: input.authorId ?? null,
      reason: input.reason ?? null,
    };
  }

  private async insert(manager: EntityManager, values: NewEntry): Promise<LedgerEntry> {
    try {
      return await manager.getRepository(LedgerEntry).save(manager.getRepository(LedgerEntry).create(values));
    } catch (error) {
      if (isUniqueViolation(error)) throw LedgerErrors.keyReused();
      throw error;
    }
  }

  /** The entry a repeated key names, provided it is the same movement. */
  private async existing(manager: EntityManager, key: string, accountId: string, amount: number, found?: LedgerEntry): Promise<LedgerEntry> {
    const entry = found ?? (await manager.getRepository(LedgerEntry).findOneByOrFail({ idempotencyKey: key }));
    if (entry.accountId !== accountId || entry.amount !== amount) throw LedgerErrors.keyReused();
    return entry;
  }
}

import type { LotDraw, SpendableLot } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { LedgerLot } from './ledger-lot.entity';

interface NewLot {
  accountId: string;
  entryId: string;
  amount: number;
  pending: boolean;
  confirmAt: Date | null;
}

/**
 * SQL over a wallet's lots, shared by the ledger's movements. Callers hold the wallet's row lock;
 * lots are locked too because the expiry job claims them without that lock.
 */
export const LedgerLots = {
  async create(manager: EntityManager, values: NewLot & { months: number }) {
    await LedgerLots.createMany(manager, [values], values.months);
  },

  /** One lot per new credit entry, expiring `months` from now. */
  async createMany(manager: EntityManager, lots: NewLot[], months: number) {
    if (lots.length === 0) return;
    await manager.query(
      `INSERT INTO ledger_lots (account_id, entry_id, amount, remaining, status, confirm_at, expires_at)
       SELECT l.account_id, l.entry_id, l.amount, l.amount, CASE WHEN l.pending THEN 'PENDING' ELSE 'AVAILABLE' END, l.confirm_at,
              now() + make_interval(months => $2::int)
       FROM jsonb_to_recordset($1::jsonb) AS l(account_id uuid, entry_id uuid, amount int, pending boolean, confirm_at timestamptz)`,
      [JSON.stringify(lots.map((l) => ({ account_id: l.accountId, entry_id: l.entryId, amount: l.amount, pending: l.pending, confirm_at: l.confirmAt }))), months],
    );
  },

  /** Confirmed lots that can still be spent, soonest-expiring first, locked. */
  async spendable(manager: EntityManager, accountId: string, exceptLotId?: string): Promise<SpendableLot[]> {
    const query = manager
      .getRepository(LedgerLot)
      .createQueryBuilder('l')
      .where("l.account_id = :accountId AND l.status = 'AVAILABLE' AND l.remaining > 0 AND l.expires_at > now()", { accountId })
      .orderBy('l.expires_at')
      .addOrderBy('l.id')
      .setLock('pessimistic_write');
    if (exceptLotId) query.andWhere('l.id <> :exceptLotId', { exceptLotId });
    return (await query.getMany()).map((lot) => ({ id: lot.id, remaining: lot.remaining, expiresAt: lot.expiresAt }));
  },

  ofEntry(manager: EntityManager, entryId: string): Promise<LedgerLot | null> {
    return manager.getRepository(LedgerLot).createQueryBuilder('l').where('l.entry_id = :entryId', { entryId }).setLock('pessimistic_write').getOne();
  },

  async draw(manager: EntityManager, draws: LotDraw[]): Promise<void> {
    if (draws.length === 0) return;
    await manager.query(
      `UPDATE ledger_lots l SET remaining = l.remaining - d.amount
       FROM unnest($1::uuid[], $2::int[]) AS d(id, amount) WHERE l.id = d.id`,
      [draws.map((d) => d.lotId), draws.map((d) => d.amount)],
    );
  },
};

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { LedgerAccount } from './ledger-account.entity';
import { LedgerEntry } from './ledger-entry.entity';

export type LotStatus = 'PENDING' | 'AVAILABLE';

/**
 * What is left of one credit, and until when. Derived from the entries and updated with them in the
 * same transaction: the sum of a wallet's lots' `remaining` always equals the sum of its entries.
 */
@Entity('ledger_lots')
@Index(['accountId', 'expiresAt'])
@Check('"remaining" >= 0 AND "remaining" + "expired" <= "amount"')
export class LedgerLot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => LedgerAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: LedgerAccount;

  /** The credit that made the lot. */
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  entryId!: string;

  @ManyToOne(() => LedgerEntry, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entry_id' })
  entry?: LedgerEntry;

  @Column({ type: 'int' })
  amount!: number;

  @Column({ type: 'int' })
  remaining!: number;

  /** PENDING lots wait for the return window and cannot be spent. */
  @Index()
  @Column({ type: 'text' })
  status!: LotStatus;

  @Column({ type: 'timestamptz', nullable: true })
  confirmAt!: Date | null;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Points the expiry job took from this lot (the rest were spent or taken back). */
  @Column({ type: 'int', default: 0 })
  expired!: number;

  @Column({ type: 'timestamptz', nullable: true })
  expiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

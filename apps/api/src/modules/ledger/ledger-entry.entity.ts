import type { LedgerEntryKind, LedgerEntryStatus } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { LedgerAccount } from './ledger-account.entity';

/**
 * One movement of points. Append-only: a trigger refuses UPDATE and DELETE, and a correction is a
 * new entry whose correctsEntryId names the corrected one.
 */
@Entity('ledger_entries')
@Index(['accountId', 'createdAt'])
@Index(['sourceType', 'sourceId'])
// An entry is reversed at most once, whatever idempotency key the callers use.
@Index('UQ_ledger_entries_reversal_of', ['correctsEntryId'], { unique: true, where: `"kind" = 'REVERSAL'` })
export class LedgerEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @ManyToOne(() => LedgerAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: LedgerAccount;

  /** Signed integer points: credits positive, spendings, expiries and take-backs negative. */
  @Column({ type: 'int' })
  amount!: number;

  @Column({ type: 'text' })
  kind!: LedgerEntryKind;

  /** What caused it, e.g. DECLARATION + the declaration's id, or LOT + the expired lot's id. */
  @Column({ type: 'text' })
  sourceType!: string;

  @Column({ type: 'text' })
  sourceId!: string;

  @Column({ type: 'text', nullable: true })
  ruleVersion!: string | null;

  @Index({ unique: true })
  @Column({ type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'uuid', nullable: true })
  correctsEntryId!: string | null;

  @ManyToOne(() => LedgerEntry, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_entry_id' })
  correctsEntry?: LedgerEntry | null;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** As written: PENDING for a credit held for the return window (its lot says when it was confirmed). */
  @Column({ type: 'text', default: 'CONFIRMED' })
  status!: LedgerEntryStatus;

  @Column({ type: 'timestamptz', nullable: true })
  confirmAt!: Date | null;

  /** For a reversal: points it should have taken back but could not, the wallet being empty. */
  @Column({ type: 'int', default: 0 })
  shortfall!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import type { WalletOwnerType } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A wallet: one per user and one per partner, created on first use. Its row is locked
 * (FOR UPDATE) by everything that spends points, so spendings of one wallet run one at a time.
 */
@Entity('ledger_accounts')
@Index(['ownerType', 'ownerId'], { unique: true })
export class LedgerAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  ownerType!: WalletOwnerType;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

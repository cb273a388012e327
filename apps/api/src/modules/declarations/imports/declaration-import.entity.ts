import type { DeclarationImportGrouping, DeclarationImportStatus } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Partner } from '../../partners/partner.entity';
import { User } from '../../users/user.entity';

/** A CSV file of sales uploaded by a partner user, staged in chunks, then confirmed as declarations. */
@Entity('declaration_imports')
@Index(['partnerId', 'createdAt'])
export class DeclarationImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Index()
  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  grouping!: DeclarationImportGrouping;

  @Column({ type: 'text', default: 'STAGING' })
  status!: DeclarationImportStatus;

  /** The key of the confirmation; a retry with it returns the import as it is. */
  @Column({ type: 'text', nullable: true })
  confirmationKey!: string | null;

  @Column({ type: 'int', default: 0 })
  declarationCount!: number;

  @Column({ type: 'int', default: 0 })
  lineCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

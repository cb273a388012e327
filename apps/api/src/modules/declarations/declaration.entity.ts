import type { CustomerType, DeclarationStatus } from '@relais/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';

/** A partner's statement of sales, decided line by line by the brand. */
@Entity('declarations')
@Index(['partnerId', 'submissionKey'], { unique: true })
@Index(['status', 'riskScore'])
@Check('"feedback_rating" IS NULL OR "feedback_rating" BETWEEN 1 AND 5')
// The customer feedback dashboard's latest comments (approved ones with a comment, by day of sale); an expression index created by its migration.
@Index('IDX_declarations_feedback_comment_day', { synchronize: false })
export class Declaration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  // With the sale day, for the near-duplicate check; created by its migration (an expression index).
  @Index('IDX_declarations_partner_sale_day', { synchronize: false })
  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Index()
  @Column({ type: 'uuid' })
  declaredById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'declared_by_id' })
  declaredBy?: User;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: DeclarationStatus;

  /** One sale date, or a period (start and end) for a summary of several sales. */
  @Column({ type: 'date', nullable: true })
  saleDate!: string | null;

  @Column({ type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** Sum of the line amounts, kept with the lines so queues filter and total without a join. */
  @Column({ type: 'numeric', precision: 16, scale: 2, default: 0 })
  totalAmount!: string;

  @Column({ type: 'text', nullable: true })
  customerType!: CustomerType | null;

  @Column({ type: 'text', nullable: true })
  customerPostalCode!: string | null;

  @Column({ type: 'text', nullable: true })
  customerSector!: string | null;

  @Column({ type: 'smallint', nullable: true })
  feedbackRating!: number | null;

  @Column({ type: 'text', nullable: true })
  feedbackComment!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  feedbackTags!: string[];

  /** The key of the last submission; a retry with it returns this declaration unchanged. */
  @Column({ type: 'text', nullable: true })
  submissionKey!: string | null;

  @Column({ type: 'int', default: 0 })
  riskScore!: number;

  // The funnel dashboard's period scan (INCLUDE partner, status, decided_at); created by its migration.
  @Index('IDX_declarations_submitted_at', { synchronize: false })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

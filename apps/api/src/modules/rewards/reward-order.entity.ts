import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import type { RewardOrderStatus } from './reward.enums';

export interface ShippingAddress {
  recipient: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

/** A redemption: points and stock were taken when it was placed; a refund gives them back once. */
@Entity('reward_orders')
@Index(['orderedById', 'idempotencyKey'], { unique: true })
@Index(['partnerId', 'createdAt'])
@Index(['status', 'createdAt'])
export class RewardOrder {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** e.g. R-2026-000123, from the orders' sequence. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'uuid' })
  orderedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ordered_by_id' })
  orderedBy?: User;

  @Column({ type: 'text' })
  idempotencyKey!: string;

  @Column({ type: 'text', default: 'REQUESTED' })
  status!: RewardOrderStatus;

  @Column({ type: 'int' })
  totalPoints!: number;

  @Column({ type: 'jsonb', nullable: true })
  shippingAddress!: ShippingAddress | null;

  @Column({ type: 'text', nullable: true })
  deliveryEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  carrier!: string | null;

  @Column({ type: 'text', nullable: true })
  trackingNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  trackingUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  rejectReason!: string | null;

  @Column({ type: 'int', default: 0 })
  refundedPoints!: number;

  /** What placed a free order (e.g. BADGE_AWARD and the award's id); null for an order a person placed. */
  @Column({ type: 'text', nullable: true })
  sourceType!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

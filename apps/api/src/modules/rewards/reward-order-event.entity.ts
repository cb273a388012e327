import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { User } from '../users/user.entity';
import type { RewardOrderStatus } from './reward.enums';
import { RewardOrder } from './reward-order.entity';

/** One status an order went through: who, when, and why when there was a reason. */
@Entity('reward_order_events')
export class RewardOrderEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => RewardOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: RewardOrder;

  @Column({ type: 'text' })
  status!: RewardOrderStatus;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { User } from '../users/user.entity';
import type { ShippingAddress } from './reward-order.entity';

/** The address a partner user asked to remember for their next orders. */
@Entity('reward_shipping_addresses')
export class RewardShippingAddress {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'jsonb' })
  address!: ShippingAddress;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

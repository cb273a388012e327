import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { RewardItem } from './reward-item.entity';
import { RewardOrder } from './reward-order.entity';

@Entity('reward_order_lines')
@Index(['itemId'])
export class RewardOrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => RewardOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: RewardOrder;

  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => RewardItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: RewardItem;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'int' })
  quantity!: number;

  /** The item's cost when ordered; later price changes do not touch placed orders. */
  @Column({ type: 'int' })
  pointsEach!: number;
}

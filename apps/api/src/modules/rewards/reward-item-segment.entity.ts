import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Segment } from '../segments/segment.entity';
import { RewardItem } from './reward-item.entity';

/** A segment a reward item is open to; an item with none is open to every partner. */
@Entity('reward_item_segments')
export class RewardItemSegment {
  @PrimaryColumn({ type: 'uuid' })
  itemId!: string;

  @PrimaryColumn({ type: 'uuid' })
  segmentId!: string;

  @ManyToOne(() => RewardItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: RewardItem;

  // Deleting a segment must not silently open its items to everyone.
  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Segment;
}

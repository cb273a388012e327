import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Segment } from '../segments/segment.entity';
import { Product } from './product.entity';

/**
 * A segment a product is open to. A product with none is open to every partner; with some, a
 * declaration of it by a partner outside all of them is flagged NOT_ELIGIBLE_SEGMENT.
 */
@Entity('product_segments')
export class ProductSegment {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ type: 'uuid' })
  segmentId!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Product;

  // A segment still naming products cannot be deleted: the products would silently open to everyone.
  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Segment;
}

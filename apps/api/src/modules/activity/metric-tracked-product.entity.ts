import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A product whose sales have buckets of their own, because a definition (badge, challenge…) names it. */
@Entity('metric_tracked_products')
export class MetricTrackedProduct {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  trackedSince!: Date;
}

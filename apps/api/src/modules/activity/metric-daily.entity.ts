import type { Metric, MetricScope } from '@relais/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One day of one metric for one owner (a user or a partner), whole or restricted by a filter key. */
@Entity('metric_daily')
export class MetricDaily {
  @PrimaryColumn({ type: 'text' })
  metric!: Metric;

  @PrimaryColumn({ type: 'text' })
  scope!: MetricScope;

  @PrimaryColumn({ type: 'uuid' })
  ownerId!: string;

  /** '' for the whole metric, `category:<name>` or `product:<id>` for a part of it. */
  @PrimaryColumn({ type: 'text' })
  filterKey!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  value!: string;
}

import type { Metric, MetricScope, Stage, StageWindow } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { numericColumn } from '../../core/database/numeric';

/** One condition of a stage; a stage is met when all of its criteria are. */
@Entity('stage_criteria')
@Index(['stage', 'position'])
export class StageCriterion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  stage!: Stage;

  /** Display order within the stage. */
  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'text' })
  metric!: Metric;

  @Column({ type: 'text', default: 'PARTNER' })
  scope!: MetricScope;

  /** Restricts a sales metric to a category (or to productIds); null for the whole metric. */
  @Column({ type: 'text', nullable: true })
  category!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  productIds!: string[];

  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: numericColumn })
  threshold!: number;

  @Column({ type: 'text', default: 'SINCE_JOINED' })
  window!: StageWindow;

  /** For a ROLLING window: how many days, today included. */
  @Column({ type: 'int', nullable: true })
  windowDays!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import type { BadgeIcon, BadgeRepeat, BadgeWindow, CalendarPeriod, Metric, MetricFilter, MetricScope } from '@relais/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { numericColumn } from '../../core/database/numeric';

/** A recognition rule: met by a user or a partner, it awards the badge (once, or once per period). */
@Entity('badges')
export class Badge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameFr!: string;

  @Column({ type: 'text', default: '' })
  descriptionEn!: string;

  @Column({ type: 'text', default: '' })
  descriptionFr!: string;

  @Column({ type: 'text' })
  icon!: BadgeIcon;

  @Column({ type: 'text' })
  metric!: Metric;

  /** Sales metrics only: a category or a product set. */
  @Column({ type: 'jsonb', nullable: true })
  filter!: MetricFilter | null;

  @Column({ type: 'text' })
  scope!: MetricScope;

  @Column({ type: 'numeric', transformer: numericColumn })
  threshold!: number;

  @Column({ type: 'text' })
  window!: BadgeWindow;

  @Column({ type: 'int', nullable: true })
  windowDays!: number | null;

  @Column({ type: 'text' })
  repeat!: BadgeRepeat;

  @Column({ type: 'text', nullable: true })
  period!: CalendarPeriod | null;

  @Column({ type: 'int', default: 0 })
  points!: number;

  /** A goodie of the catalogue ordered at no cost for whoever earns the badge. */
  @Column({ type: 'uuid', nullable: true })
  rewardItemId!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import type { Metric, MetricFilter, MetricScope } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { numericColumn } from '../../core/database/numeric';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';

/**
 * A target for a partner or one of its users over a period. reachedAt and nudgedAt are set once,
 * by a conditional UPDATE, so the points and the nudge follow a single time.
 */
@Entity('objectives')
@Index('IDX_objectives_partner_end', ['partnerId', 'endDay'])
@Index('IDX_objectives_open_user', ['userId'], { where: '"reached_at" IS NULL AND "user_id" IS NOT NULL' })
@Index('IDX_objectives_open_partner', ['partnerId'], { where: '"reached_at" IS NULL' })
export class Objective {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  scope!: MetricScope;

  /** The partner, for a USER objective too (the user's partner): scope checks read only this. */
  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  metric!: Metric;

  @Column({ type: 'jsonb', nullable: true })
  filter!: MetricFilter | null;

  @Column({ type: 'numeric', transformer: numericColumn })
  target!: number;

  /** First and last days (UTC), both included. */
  @Column({ type: 'date' })
  startDay!: string;

  @Column({ type: 'date' })
  endDay!: string;

  @Column({ type: 'int', default: 0 })
  points!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reachedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  nudgedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

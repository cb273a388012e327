import type { MetricScope } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { numericColumn } from '../../core/database/numeric';
import { Badge } from './badge.entity';

/**
 * A badge earned. The unique key (badge, owner, period) is what makes an award happen once per
 * rule: the awarder inserts with ON CONFLICT DO NOTHING, so a replayed event awards nothing.
 */
@Entity('badge_awards')
@Index('UQ_badge_awards_owner_period', ['badgeId', 'ownerId', 'periodKey'], { unique: true })
@Index('IDX_badge_awards_owner', ['ownerId', 'awardedAt'])
export class BadgeAward {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  badgeId!: string;

  @ManyToOne(() => Badge, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'badge_id' })
  badge?: Badge;

  @Column({ type: 'text' })
  scope!: MetricScope;

  /** The user or the partner, as the badge's scope says. */
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  /** ONCE, or the calendar period's key (2026-11, 2026-Q4, 2026). */
  @Column({ type: 'text' })
  periodKey!: string;

  /** The metric's value that met the threshold. */
  @Column({ type: 'numeric', transformer: numericColumn })
  value!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  awardedAt!: Date;
}

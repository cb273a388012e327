import type { FeedKind } from '@relais/domain';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How the brand shows the activity feed to the network: one row (id 1), created by its migration. */
@Entity('feed_settings')
@Check('"id" = 1')
export class FeedSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{BADGE_EARNED,STAGE_COMPLETED,CHALLENGE_PODIUM}'" })
  kinds!: FeedKind[];

  /** Off: items say "a partner" instead of the company's name. */
  @Column({ type: 'boolean', default: true })
  showPartnerNames!: boolean;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import type { Stage } from '@relais/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

import { Partner } from '../partners/partner.entity';

/** A stage a partner completed, once: the unique key is what makes paying for it idempotent. */
@Entity('stage_completions')
@Unique('UQ_stage_completions_partner_stage', ['partnerId', 'stage'])
export class StageCompletion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'text' })
  stage!: Stage;

  @CreateDateColumn({ type: 'timestamptz' })
  completedAt!: Date;
}

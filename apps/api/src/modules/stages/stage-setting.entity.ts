import type { Stage } from '@relais/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What completing a stage pays to the partner's wallet. */
@Entity('stage_settings')
export class StageSetting {
  @PrimaryColumn({ type: 'text' })
  stage!: Stage;

  @Column({ type: 'int', default: 0 })
  points!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

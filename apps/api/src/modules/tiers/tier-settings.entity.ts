import type { TierBasis } from '@relais/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The programme's single row of tier settings (id 1). */
@Entity('tier_settings')
export class TierSettings {
  @PrimaryColumn({ type: 'int' })
  id!: number;

  @Column({ type: 'text', default: 'POINTS' })
  basis!: TierBasis;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

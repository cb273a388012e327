import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The programme's settings for objectives: one row (id 1), created by the migration. */
@Entity('objective_settings')
export class ObjectiveSettings {
  @PrimaryColumn({ type: 'int', default: 1 })
  id!: number;

  /** Progress (in % of the target) from which the owner is nudged, once per objective. */
  @Column({ type: 'int', default: 80 })
  nudgePercent!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

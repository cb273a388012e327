import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { numericColumn } from '../../core/database/numeric';

/** A level of the programme, reached from a threshold of the basis over the last 12 months. */
@Entity('tiers')
export class Tier {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  nameFr!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, transformer: numericColumn })
  threshold!: number;

  /** Applied to the points of a declaration approved while the partner holds the tier. */
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 1, transformer: numericColumn })
  multiplier!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

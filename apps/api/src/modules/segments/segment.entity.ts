import type { SegmentCriteria } from '@relais/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A named set of partners; its members are computed from the criteria, never stored. */
@Entity('segments')
export class Segment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Always normalised (see normaliseCriteria), with every attribute present. */
  @Column({ type: 'jsonb' })
  criteria!: SegmentCriteria;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

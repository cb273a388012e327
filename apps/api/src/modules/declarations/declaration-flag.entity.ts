import type { FlagCode, FlagSeverity } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A failed automatic check, recomputed at each submission. */
@Entity('declaration_flags')
export class DeclarationFlagRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  declarationId!: string;

  @Column({ type: 'uuid', nullable: true })
  lineId!: string | null;

  @Index()
  @Column({ type: 'text' })
  code!: FlagCode;

  @Column({ type: 'text' })
  severity!: FlagSeverity;

  /** Values for the sentence `declarations.flags.<code>` in the apps. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: Record<string, string | number>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

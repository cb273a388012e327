import type { DeclarationStatus } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

export type DeclarationAction = 'CREATED' | 'UPDATED' | 'SUBMITTED' | 'AUTO_APPROVED' | 'LINES_DECIDED' | 'INFO_REQUESTED' | 'REVERSED' | 'WITHDRAWN';

/** The timeline of a declaration: who did what, when, and with which message. Append-only. */
@Entity('declaration_events')
export class DeclarationEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  // The INFO_REQUESTED steps alone, for the funnel dashboard; created by its migration (a partial index).
  @Index('IDX_declaration_events_info_requested', { synchronize: false })
  @Column({ type: 'uuid' })
  declarationId!: string;

  /** Null when the system acted (auto-approval). */
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  action!: DeclarationAction;

  @Column({ type: 'text', nullable: true })
  fromStatus!: DeclarationStatus | null;

  @Column({ type: 'text' })
  toStatus!: DeclarationStatus;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  lineIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Orders the timeline: steps written in one transaction share the same created_at. */
  @Column({ type: 'int' })
  @Generated('increment')
  seq!: number;
}

import type { ActivityEventType } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something that happened and that metrics count, written in the transaction of its cause so it
 * exists exactly when the cause does. The processor adds it to the metrics once, then stamps it.
 */
@Entity('domain_events')
@Index('IDX_domain_events_unprocessed', ['id'], { where: '"processed_at" IS NULL' })
export class DomainEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  type!: ActivityEventType;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** The thing the event is about (a declaration), when there is one. */
  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}

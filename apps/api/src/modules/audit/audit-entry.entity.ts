import type { AuditAction, Role } from '@relais/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row changed by a back-office user, written by the audit trigger of the changed table (see the
 * AddAuditLog migration), never by the API: the database refuses to update or delete it.
 */
@Entity('audit_entries')
@Index('IDX_audit_entries_at', ['at', 'id'])
@Index('IDX_audit_entries_object', ['objectId', 'at'])
@Index('IDX_audit_entries_actor', ['actorUserId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** The time of the change's transaction: the entries of one operation share it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Column({ type: 'uuid' })
  actorUserId!: string;

  @Column({ type: 'text' })
  actorRole!: Role;

  /** The GraphQL field or HTTP route that made the change. */
  @Column({ type: 'text' })
  operation!: string;

  @Column({ type: 'text', nullable: true })
  clientAddress!: string | null;

  /** The table changed. */
  @Column({ type: 'text' })
  objectType!: string;

  /** The row's id, or for a row that belongs to another (a declaration's line) the owner's id. */
  @Column({ type: 'text' })
  objectId!: string;

  @Column({ type: 'text' })
  action!: AuditAction;

  /** The row before the change (null for INSERT), without secret columns. */
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  /** The row after the change (null for DELETE), without secret columns. */
  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  /** The columns whose value changed (every column for INSERT and DELETE). */
  @Column({ type: 'text', array: true })
  changedKeys!: string[];
}

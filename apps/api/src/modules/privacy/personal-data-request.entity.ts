import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { User } from '../users/user.entity';

export type PersonalDataRequestKind = 'EXPORT' | 'ERASURE';

/**
 * One end customer's request handled by a brand admin: an export (an access to the data) or an
 * erasure. It holds who, when, why (the request's reference) and which declarations, never the
 * personal values themselves; the audit trigger on this table makes each one an audit entry.
 */
@Entity('personal_data_requests')
@Index(['requestReference', 'kind'])
export class PersonalDataRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: PersonalDataRequestKind;

  /** The customer's request as the brand files it (ticket, letter or e-mail reference). */
  @Column({ type: 'text' })
  requestReference!: string;

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  // GIN, so a declaration finds its erasures; created by its migration (TypeORM cannot declare GIN).
  @Index('IDX_personal_data_requests_declaration_ids', { synchronize: false })
  @Column({ type: 'uuid', array: true })
  declarationIds!: string[];

  /** For an erasure, the declaration fields that still held a value and were cleared. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields!: string[];

  @Column({ type: 'int', default: 0 })
  proofFilesErased!: number;

  /** Earlier audit entries of these declarations whose personal values were redacted. */
  @Column({ type: 'int', default: 0 })
  auditEntriesRedacted!: number;
}

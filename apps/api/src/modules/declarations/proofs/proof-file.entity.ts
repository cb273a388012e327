import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Partner } from '../../partners/partner.entity';
import { User } from '../../users/user.entity';
import { Declaration } from '../declaration.entity';

/**
 * A proof of sale uploaded by a partner user. The bytes live in PostgreSQL so that every API
 * process serves them; a file is unattached until a declaration of the same partner takes it.
 */
@Entity('proof_files')
export class ProofFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'uuid' })
  uploadedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: User;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  declarationId!: string | null;

  @ManyToOne(() => Declaration, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'declaration_id' })
  declaration?: Declaration;

  /** Hex SHA-256 of the bytes: the same proof sent twice is flagged at submission. */
  @Index()
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Detected from the bytes, never taken from the client. */
  @Column({ type: 'text' })
  mimeType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';

/** PARTNER: a partner's own sales system; BRAND: the brand's systems. */
export type ApiKeyScope = 'PARTNER' | 'BRAND';

@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The first characters of the secret, shown in lists so people can tell their keys apart. */
  @Column({ type: 'text' })
  prefix!: string;

  /** sha256 of the whole secret, hex; the secret itself is never stored (see ApiKeySecrets). */
  @Index({ unique: true })
  @Column({ type: 'text' })
  secretHash!: string;

  @Column({ type: 'text' })
  scope!: ApiKeyScope;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => Partner, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner | null;

  /** What the key does is attributed to this user, and the key stops working if they lose their role. */
  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;
}

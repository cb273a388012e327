import type { PartnerType } from '@relais/domain';
import type { Locale } from '@relais/i18n';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Partner } from '../partners/partner.entity';

export const APPLICATION_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A company asking to join the network, from the public form, until the brand decides. */
@Entity('applications')
@Index(['status', 'createdAt'])
export class Application {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  company!: string;

  @Column({ type: 'text' })
  type!: PartnerType;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text', default: '' })
  city!: string;

  @Column({ type: 'text' })
  contactFirstName!: string;

  @Column({ type: 'text' })
  contactLastName!: string;

  /** Lower-cased. */
  @Index()
  @Column({ type: 'text' })
  contactEmail!: string;

  @Column({ type: 'text', default: '' })
  phone!: string;

  @Column({ type: 'text', default: '' })
  message!: string;

  @Column({ type: 'text', default: 'fr' })
  locale!: Locale;

  @Column({ type: 'text', default: 'PENDING' })
  status!: ApplicationStatus;

  @Column({ type: 'text', nullable: true })
  decisionMessage!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => Partner, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

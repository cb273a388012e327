import type { BrandModel, PartnerStatus, PartnerType, Potential, Stage } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import { Tier } from '../tiers/tier.entity';
import { User } from '../users/user.entity';

@Entity('partners')
export class Partner {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The brand's own reference for the partner (ERP account); the key of CSV imports. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: PartnerType;

  @Column({ type: 'text' })
  brandModel!: BrandModel;

  @Column({ type: 'text' })
  potential!: Potential;

  @Index()
  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'text', default: '' })
  region!: string;

  @Column({ type: 'text', default: '' })
  city!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  channelManagerId!: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'channel_manager_id' })
  channelManager?: User | null;

  @Column({ type: 'text', default: 'INVITED' })
  status!: PartnerStatus;

  /** The journey stage the partner is in (the last one once all are completed); kept by the stages feature. */
  @Column({ type: 'text', default: 'INTEGRATION' })
  stage!: Stage;

  /** Kept by the tiers feature from the last 12 months; null until first measured. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  tierId!: string | null;

  @ManyToOne(() => Tier, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'tier_id' })
  tier?: Tier | null;

  @Column({ type: 'timestamptz', nullable: true })
  tierSince!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

import type { RewardCategory, RewardDelivery, RewardLimitPeriod } from './reward.enums';

/**
 * An item of the reward catalogue. Availability by tier is not modelled yet: tiers arrive with
 * issue 5, which adds the column and the check in RewardCatalogueService.openTo.
 */
@Entity('reward_items')
export class RewardItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Trimmed and upper-cased; the key of CSV imports. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  sku!: string;

  @Column({ type: 'text' })
  titleFr!: string;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text' })
  descriptionFr!: string;

  @Column({ type: 'text' })
  descriptionEn!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  imageUrls!: string[];

  @Column({ type: 'text' })
  category!: RewardCategory;

  @Column({ type: 'text' })
  delivery!: RewardDelivery;

  @Column({ type: 'int' })
  pointsCost!: number;

  /** Null: unlimited. Only ever changed by conditional UPDATEs, so it never goes below zero. */
  @Column({ type: 'int', nullable: true })
  stock!: number | null;

  @Column({ type: 'int', nullable: true })
  limitPerUser!: number | null;

  @Column({ type: 'text', nullable: true })
  limitPeriod!: RewardLimitPeriod | null;

  @Column({ type: 'timestamptz', nullable: true })
  availableFrom!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  availableTo!: Date | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

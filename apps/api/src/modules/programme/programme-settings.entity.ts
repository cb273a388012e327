import type { PointsRecipient } from '@relais/domain';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The loyalty programme's settings: one row (id 1), created by its migration. */
@Entity('programme_settings')
@Check('"id" = 1')
@Check('"split_user_percent" BETWEEN 0 AND 100')
@Check('"points_expiry_months" BETWEEN 1 AND 120')
@Check('"return_window_days" BETWEEN 0 AND 365')
@Check('"expiring_soon_days" BETWEEN 1 AND 365')
export class ProgrammeSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ type: 'text', default: 'USER' })
  declarationPointsRecipient!: PointsRecipient;

  /** The declaring user's share with SPLIT; the partner gets the rest. */
  @Column({ type: 'int', default: 50 })
  splitUserPercent!: number;

  @Column({ type: 'int', default: 24 })
  pointsExpiryMonths!: number;

  /** Declaration points stay pending this many days (returns); 0 confirms them at once. */
  @Column({ type: 'int', default: 0 })
  returnWindowDays!: number;

  /** "Expiring soon" in balances means within this many days. */
  @Column({ type: 'int', default: 60 })
  expiringSoonDays!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When each partner joined and completed each stage, one row per partner, kept from partners and
 * stage_completions by triggers (migrations StageDatesRollup, StageDatesForEveryPartner) in the
 * writing transaction. The stage funnel then reads one narrow row per partner where the completions
 * are up to four rows per partner to pivot on every read, and without a filter on the partners'
 * attributes it does not read the wide partners table at all.
 */
@Entity('partner_stage_dates')
export class PartnerStageDates {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  /** The partner's created_at. */
  @Column({ type: 'timestamptz' })
  joinedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  integrationAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  enablementAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  motivationAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  growthAt!: Date | null;
}

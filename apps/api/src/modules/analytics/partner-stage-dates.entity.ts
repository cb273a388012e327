import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a partner completed each stage, one row per partner that completed any, kept from
 * stage_completions by statement triggers (migration StageDatesRollup) in the completing
 * transaction. The stage funnel then reads one narrow row per partner (100,000 at most) where the
 * completions are up to four rows per partner that would have to be pivoted on every read.
 */
@Entity('partner_stage_dates')
export class PartnerStageDates {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  integrationAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  enablementAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  motivationAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  growthAt!: Date | null;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

import { PointsFigureColumns } from './points-figure.columns';

/**
 * Points per partner and month (UTC, of the entry's time), kept by a trigger on ledger_entries in
 * the ledger write's own transaction (see the PointsRollup migration). A user's wallet counts under
 * the user's partner. Its changes feed the slices and the running earnings (migration PointsSlices).
 */
@Entity('points_partner_monthly')
export class PointsPartnerMonthly extends PointsFigureColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  /** Earning credits written (what makes a partner active in the month). */
  @Column({ type: 'int', default: 0 })
  earnings!: number;
}

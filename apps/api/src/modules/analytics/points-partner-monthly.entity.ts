import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Points per partner and month (UTC, of the entry's time), kept by a trigger on ledger_entries in
 * the ledger write's own transaction (see the PointsRollup migration). A user's wallet counts under
 * the user's partner. issued − redeemed − expired − withdrawn = net, the month's change of balance.
 */
@Entity('points_partner_monthly')
export class PointsPartnerMonthly {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  /** Earning credits and positive adjustments, less what reversals took back from them. */
  @Column({ type: 'bigint', default: 0 })
  issued!: string;

  /** Redemptions less refunds and reversed redemptions. */
  @Column({ type: 'bigint', default: 0 })
  redeemed!: string;

  @Column({ type: 'bigint', default: 0 })
  expired!: string;

  /** Negative manual adjustments (less their reversals). */
  @Column({ type: 'bigint', default: 0 })
  withdrawn!: string;

  @Column({ type: 'bigint', default: 0 })
  net!: string;

  /**
   * Change of points held for the return window: + in the month a pending credit is written, − in
   * the month it is due to be confirmed, so the sum up to a month's end is what was pending then.
   */
  @Column({ type: 'bigint', default: 0 })
  pending!: string;

  /** Earning credits written (what makes a partner active in the month). */
  @Column({ type: 'int', default: 0 })
  earnings!: number;
}

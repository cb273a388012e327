import { Column } from 'typeorm';

/** The points a rollup row adds up (PointsPartnerMonthly, PointsSlice). issued − redeemed − expired − withdrawn = net, the change of balance. */
export abstract class PointsFigureColumns {
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
}

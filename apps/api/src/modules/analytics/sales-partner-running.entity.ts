import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each partner's approved sell-out as running totals by month: element i of each array holds the
 * sum from the partner's first month of sale (firstMonth, counted as year × 12 + month − 1) to i
 * months after it, so any period's figure is two lookups in one row (total at its last month less
 * total before its first). The top partners dashboard ranks every partner in scope on two periods:
 * summing the partner months would read up to 2.4M rows (100,000 partners × 24 months), these read
 * one row a partner; the sales dashboard's figures by segment likewise. Kept current from sales_partner_monthly by a row trigger in the writing
 * transaction (see the PartnerRunningAndFeedbackRollups migration); amounts in cents so the arrays
 * hold fixed-width integers.
 */
@Entity('sales_partner_running')
export class SalesPartnerRunning {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'int' })
  firstMonth!: number;

  @Column({ type: 'bigint', array: true })
  amountCents!: string[];

  @Column({ type: 'bigint', array: true })
  lines!: string[];

  /** Units sold (migration SalesRunningQuantities). */
  @Column({ type: 'bigint', array: true, default: () => "'{}'" })
  quantity!: string[];
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Approved sell-out per month of sale, partner profile, product category and channel: what the
 * dashboards read instead of the declaration lines. A month (not a day) and a category (not a
 * product) because the rows must be far fewer than the lines: at 10M lines over two years, a day
 * of a network of a few thousand profiles holds about as many (profile, product, channel) keys as
 * lines, and nothing was saved (measured: tools/bench/dashboards.mjs). Products have their own
 * rollup (sales_product_monthly). Kept current by SalesRollupListener and the partners trigger.
 */
@Entity('sales_monthly')
export class SalesMonthly {
  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'int' })
  profileId!: number;

  /** The product's category when the declaration was counted. */
  @PrimaryColumn({ type: 'text' })
  category!: string;

  @PrimaryColumn({ type: 'text' })
  channel!: string;

  @Column({ type: 'bigint', default: 0 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  amount!: string;

  @Column({ type: 'int', default: 0 })
  lines!: number;
}

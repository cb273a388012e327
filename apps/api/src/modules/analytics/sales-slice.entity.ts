import { Entity, PrimaryColumn } from 'typeorm';

import { SalesFigureColumns } from './sales-figure.columns';

/** No channel manager, in the key (a primary key column cannot be null). */
export const NO_MANAGER = '00000000-0000-0000-0000-000000000000';

/** What a slice breaks the sell-out down by; the channel slices add up to the whole (totals, months, countries). */
export const SLICE_DIMENSIONS = ['channel', 'category', 'region', 'type', 'product'] as const;
export type SliceDimension = (typeof SLICE_DIMENSIONS)[number];

/**
 * Approved sell-out per month, channel manager, country and ONE other attribute (a dimension and
 * its value): what the dashboards read instead of the lines. One attribute at a time because rows
 * keyed by all of them at once are about as many as the lines on a real network (measured with
 * tools/bench/dashboards.mjs: a daily rollup by profile and product held a row per line, a monthly
 * one by profile and category 3.2 lines a row); these hold a few thousand rows a month, whatever
 * the number of lines. The channel manager and the country are in every slice because they filter
 * and scope every figure. Kept current by SalesRollupListener and the partners trigger.
 */
@Entity('sales_slices')
export class SalesSlice extends SalesFigureColumns {
  /** First day of the month of sale. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @PrimaryColumn({ type: 'text' })
  dimension!: SliceDimension;

  @PrimaryColumn({ type: 'text' })
  value!: string;
}

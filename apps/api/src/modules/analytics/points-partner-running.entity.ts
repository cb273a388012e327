import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Each partner's earning credits as running totals by month (as SalesPartnerRunning: element i is
 * the count from firstMonth to i months after it), so whether a partner was active in a period is
 * two lookups in one row: the participation dashboard counts the distinct active partners of a
 * period, per segment, over one row a partner instead of its months. Kept by the trigger on
 * points_partner_monthly (migration PointsSlices).
 */
@Entity('points_partner_running')
export class PointsPartnerRunning {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'int' })
  firstMonth!: number;

  @Column({ type: 'bigint', array: true })
  earnings!: string[];
}

import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Approved sell-out per sale day, partner profile, product and channel: what the dashboards read
 * instead of the declaration lines. Kept current by SalesRollupListener and the partners trigger.
 */
@Entity('sales_daily')
@Index(['day'])
export class SalesDaily {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'int' })
  profileId!: number;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ type: 'text' })
  channel!: string;

  @Column({ type: 'bigint', default: 0 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  amount!: string;

  @Column({ type: 'int', default: 0 })
  lines!: number;
}

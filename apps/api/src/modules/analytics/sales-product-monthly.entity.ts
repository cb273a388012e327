import { Column, Entity, PrimaryColumn } from 'typeorm';

/** No channel manager, in the key (a primary key column cannot be null). */
export const NO_MANAGER = '00000000-0000-0000-0000-000000000000';

/**
 * Approved sell-out per month, product, and the two partner attributes a product ranking is
 * filtered by (the channel manager, who scopes it, and the country). Kept apart from the profiles:
 * products × profiles would again be about as many rows as lines.
 */
@Entity('sales_product_monthly')
export class SalesProductMonthly {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'bigint', default: 0 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  amount!: string;

  @Column({ type: 'int', default: 0 })
  lines!: number;
}

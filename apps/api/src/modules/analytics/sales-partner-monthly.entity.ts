import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Approved sell-out per month and partner, for what needs the partner itself: segments (criteria
 * over any partner attribute, joined at query time, so a partner's current stage or tier counts).
 * Not moved when a partner changes: it is keyed by the partner.
 */
@Entity('sales_partner_monthly')
export class SalesPartnerMonthly {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'bigint', default: 0 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  amount!: string;

  @Column({ type: 'int', default: 0 })
  lines!: number;
}

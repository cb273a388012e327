import { Entity, PrimaryColumn } from 'typeorm';

import { SalesFigureColumns } from './sales-figure.columns';

/**
 * Approved sell-out per month and partner, for what needs the partner itself: segments (criteria
 * over any partner attribute, joined at query time, so a partner's current stage or tier counts).
 * Not moved when a partner changes: it is keyed by the partner.
 */
@Entity('sales_partner_monthly')
export class SalesPartnerMonthly extends SalesFigureColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;
}

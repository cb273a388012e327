import { Entity, PrimaryColumn } from 'typeorm';

import { DeclarationFlagCountColumns, DeclarationFunnelCountColumns } from './declaration-funnel.columns';

/**
 * The declaration funnel per partner, month of submission and decision-time bucket, for segments
 * (criteria over any partner attribute, joined at query time). Keyed by the partner, so a partner
 * that changes manager or country does not move here; the slices move from these rows. The primary
 * key carries the counts (migration SegmentCoveringIndexes), so a segment's partners are read from
 * the index alone.
 */
@Entity('declaration_funnel_partner_monthly')
export class DeclarationFunnelPartnerMonthly extends DeclarationFunnelCountColumns {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'smallint' })
  decisionBucket!: number;
}

/** Flags raised per partner, month of submission and kind, by outcome. */
@Entity('declaration_flag_partner_monthly')
export class DeclarationFlagPartnerMonthly extends DeclarationFlagCountColumns {
  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;
}

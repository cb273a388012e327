import { Entity, PrimaryColumn } from 'typeorm';

import { DeclarationFlagCountColumns, DeclarationFunnelCountColumns } from './declaration-funnel.columns';

/**
 * The declaration funnel per month of submission (UTC), channel manager (NO_MANAGER for none),
 * country and decision-time bucket: what the funnel reads without a segment. A few dozen rows a
 * month for a whole network, whatever the number of declarations. Kept by triggers on declarations,
 * declaration_events and partners in the writing transaction (migration DeclarationFunnelRollup).
 */
@Entity('declaration_funnel_slices')
export class DeclarationFunnelSlice extends DeclarationFunnelCountColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @PrimaryColumn({ type: 'smallint' })
  decisionBucket!: number;
}

/** Flags raised per month of submission, channel manager, country and kind, by outcome (same triggers, and one on declaration_flags). */
@Entity('declaration_flag_slices')
export class DeclarationFlagSlice extends DeclarationFlagCountColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;
}

import { Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { DeclarationFlagCountColumns, DeclarationFunnelCountColumns } from './declaration-funnel.columns';

/** A slice of the funnel: month of submission (UTC), channel manager (NO_MANAGER for none), country, decision-time bucket. */
abstract class DeclarationFunnelSliceKey extends DeclarationFunnelCountColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @PrimaryColumn({ type: 'smallint' })
  decisionBucket!: number;
}

/** A slice of the flags: month of submission, channel manager, country and kind of flag. */
abstract class DeclarationFlagSliceKey extends DeclarationFlagCountColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  @PrimaryColumn({ type: 'text' })
  code!: string;
}

/**
 * The declaration funnel by slice: what the funnel reads without a segment, with the changes not
 * yet folded in (DeclarationFunnelSliceChange). A few dozen rows a month for a whole network,
 * whatever the number of declarations. Written only by RollupJournalWorker.
 */
@Entity('declaration_funnel_slices')
export class DeclarationFunnelSlice extends DeclarationFunnelSliceKey {}

/** Flags raised by slice, by outcome (as the funnel's slices). */
@Entity('declaration_flag_slices')
export class DeclarationFlagSlice extends DeclarationFlagSliceKey {}

/**
 * What a statement changed in the funnel's slices, appended by the triggers on declarations,
 * declaration_events, declaration_flags and partners (migration DeclarationFunnelSliceJournal) in
 * the writing transaction. Appended rather than added in place: a slice row is shared by every
 * partner of a manager and country in a month, and adding to it in each submission and decision
 * made those transactions queue on the row until they committed (found by the mixed-load bench).
 */
@Entity('declaration_funnel_slice_changes')
export class DeclarationFunnelSliceChange extends DeclarationFunnelSliceKey {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
}

/** What a statement changed in the flags' slices (as DeclarationFunnelSliceChange). */
@Entity('declaration_flag_slice_changes')
export class DeclarationFlagSliceChange extends DeclarationFlagSliceKey {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
}

import { Column } from 'typeorm';

/**
 * What a row of the declaration funnel rollups counts: declarations by where they stand now, among
 * those submitted in its month whose decision took a time in its bucket (DECISION_BUCKETS; -1 for
 * the ones not decided), and the sum of those decision times, so a bucket of one declaration gives
 * back its exact time.
 */
export abstract class DeclarationFunnelCountColumns {
  @Column({ type: 'int', default: 0 })
  submitted!: number;

  @Column({ type: 'int', default: 0 })
  approved!: number;

  @Column({ type: 'int', default: 0 })
  partiallyApproved!: number;

  @Column({ type: 'int', default: 0 })
  rejected!: number;

  @Column({ type: 'int', default: 0 })
  reversed!: number;

  @Column({ type: 'int', default: 0 })
  withdrawn!: number;

  /** Submitted or waiting for information. */
  @Column({ type: 'int', default: 0 })
  pending!: number;

  /** Information was requested at least once. */
  @Column({ type: 'int', default: 0 })
  needsInformation!: number;

  /** Milliseconds from submission to decision, summed over the row's decided declarations. */
  @Column({ type: 'bigint', default: 0 })
  decisionMs!: string;
}

/** Declarations that raised a kind of flag (once each, however many lines raised it), by where they stand now. */
export abstract class DeclarationFlagCountColumns {
  @Column({ type: 'int', default: 0 })
  raised!: number;

  /** Approved or partly approved. */
  @Column({ type: 'int', default: 0 })
  approved!: number;

  @Column({ type: 'int', default: 0 })
  rejected!: number;

  /** Submitted or waiting for information. */
  @Column({ type: 'int', default: 0 })
  open!: number;
}

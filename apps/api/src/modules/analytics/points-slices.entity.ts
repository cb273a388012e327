import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { PointsFigureColumns } from './points-figure.columns';

/** A slice of the network's points: month (UTC), channel manager (NO_MANAGER for none) and country of the partners. */
abstract class PointsSliceKey extends PointsFigureColumns {
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @PrimaryColumn({ type: 'uuid' })
  channelManagerId!: string;

  @PrimaryColumn({ type: 'char', length: 2 })
  country!: string;

  /** Partners of the slice that earned points in the month (active). */
  @Column({ type: 'int', default: 0 })
  active!: number;
}

/**
 * The points and participation dashboards without a segment read these (a few hundred rows a month
 * for a whole network) with the changes not yet folded in, rather than 100,000 partners' months.
 * Written only by RollupJournalWorker.
 */
@Entity('points_slices')
export class PointsSlice extends PointsSliceKey {}

/**
 * What a change of a partner's month, or a partner's move to another manager or country, changed in
 * the slices, appended in the writing transaction by triggers (migration PointsSlices): appended, not
 * added in place, so approvals and redemptions of different partners never wait on a shared row.
 */
@Entity('points_slice_changes')
export class PointsSliceChange extends PointsSliceKey {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
}

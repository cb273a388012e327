import type { FeedKind } from '@relais/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An achievement shown in the activity feed: a copy of its domain event (badge earned, stage
 * completed, challenge podium), written by the feed's activity listener in the batch that
 * processes the event. A table of its own keeps the feed's reads off the event log, and lets it be
 * indexed for its one query: the newest of some kinds.
 */
@Entity('feed_items')
// Newest first per kind (PostgreSQL reads the index backwards for DESC); the event id breaks ties.
@Index('IDX_feed_items_type_occurred', ['type', 'occurredAt', 'eventId'])
export class FeedItem {
  /** The domain event's id: writing an item twice (a batch run again) changes nothing. */
  @PrimaryColumn({ type: 'bigint' })
  eventId!: string;

  @Column({ type: 'text' })
  type!: FeedKind;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** The event's payload (names in both languages, icon, stage, rank, anonymous). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;
}

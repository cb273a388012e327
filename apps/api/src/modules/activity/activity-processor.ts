import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActivityEventType, incrementsFor, METRIC_KINDS, MetricIncrement, MetricScope, sumByBucket } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ActivityListeners, ProcessedEvent } from './activity-listeners';
import { trackedProducts } from './tracked-products';

const BATCH_SIZE = 500;

interface ClaimedEvent {
  id: string;
  type: ActivityEventType;
  occurred_at: Date;
  partner_id: string;
  user_id: string | null;
  subject_id: string | null;
  payload: Record<string, unknown>;
}

const ownersOf = (increments: MetricIncrement[], scope: MetricScope) => [...new Set(increments.filter((i) => i.scope === scope).map((i) => i.ownerId))];

/** The increments as one array per column: unnest reads them faster than a JSON document. */
const columns = (increments: MetricIncrement[]) => [
  increments.map((i) => i.metric),
  increments.map((i) => i.scope),
  increments.map((i) => i.ownerId),
  increments.map((i) => i.filterKey),
  increments.map((i) => i.day),
  increments.map((i) => i.value),
];

const UNNESTED = `unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::date[], $6::numeric[]) AS r(metric, scope, owner_id, filter_key, day, value)`;

/**
 * Adds recorded events to the daily metric buckets. A batch is claimed with FOR UPDATE SKIP
 * LOCKED, counted and stamped in one transaction, so several API processes share the work and
 * each event counts once; a failed batch is rolled back whole and claimed again later.
 */
@Injectable()
export class ActivityProcessor {
  private readonly logger = new Logger(ActivityProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listeners: ActivityListeners,
  ) {}

  /** Processes every pending event, batch after batch; answers how many this call processed. */
  async processPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const processed = await this.dataSource.transaction((manager) => this.processBatch(manager));
      total += processed;
      if (processed < BATCH_SIZE) break;
    }
    if (total > 0) this.logger.debug({ events: total }, 'Activity events processed');
    return total;
  }

  private async processBatch(manager: EntityManager): Promise<number> {
    const events: ClaimedEvent[] = await manager.query(
      `SELECT id, type, occurred_at, partner_id, user_id, subject_id, payload FROM domain_events
        WHERE processed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [BATCH_SIZE],
    );
    if (events.length === 0) return 0;
    const tracked = await trackedProducts(manager);
    const processed = events.map((e) => this.toEvent(e));
    const increments = sumByBucket(processed.flatMap((e) => incrementsFor(e, tracked)));
    await this.addSums(manager, increments.filter((i) => METRIC_KINDS[i.metric] === 'SUM'));
    await this.markDays(manager, increments.filter((i) => METRIC_KINDS[i.metric] === 'DISTINCT_DAYS'));
    await this.listeners.afterBatch({
      manager,
      events: processed,
      partnerIds: ownersOf(increments, 'PARTNER'),
      userIds: ownersOf(increments, 'USER'),
      metrics: new Set(increments.map((i) => i.metric)),
    });
    await manager.query('UPDATE domain_events SET processed_at = now() WHERE id = ANY($1::bigint[])', [events.map((e) => e.id)]);
    return events.length;
  }

  /**
   * One upsert for the batch, already summed per bucket (a statement may not update a row twice),
   * in key order, so two processors touching the same buckets lock them in the same order.
   */
  private async addSums(manager: EntityManager, increments: MetricIncrement[]): Promise<void> {
    if (increments.length === 0) return;
    await manager.query(
      `INSERT INTO metric_daily (metric, scope, owner_id, filter_key, day, value)
       SELECT metric, scope, owner_id, filter_key, day, value FROM ${UNNESTED}
        ORDER BY metric, scope, owner_id, filter_key, day
       ON CONFLICT (metric, scope, owner_id, filter_key, day) DO UPDATE SET value = metric_daily.value + excluded.value`,
      columns(increments),
    );
  }

  /** A day is counted once: a bucket that exists already stays at 1. */
  private async markDays(manager: EntityManager, increments: MetricIncrement[]): Promise<void> {
    if (increments.length === 0) return;
    await manager.query(
      `INSERT INTO metric_daily (metric, scope, owner_id, filter_key, day, value)
       SELECT metric, scope, owner_id, filter_key, day, 1 FROM ${UNNESTED}
        ORDER BY metric, scope, owner_id, filter_key, day
       ON CONFLICT (metric, scope, owner_id, filter_key, day) DO NOTHING`,
      columns(increments),
    );
  }

  private toEvent(row: ClaimedEvent): ProcessedEvent {
    return {
      id: row.id,
      type: row.type,
      occurredAt: new Date(row.occurred_at),
      partnerId: row.partner_id,
      userId: row.user_id,
      subjectId: row.subject_id,
      payload: row.payload,
    };
  }
}

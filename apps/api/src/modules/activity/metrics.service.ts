import { Injectable } from '@nestjs/common';
import { filterKeys, Metric, MetricFilter, MetricScope } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { trackProducts } from './tracked-products';

export interface MetricQuery {
  metric: Metric;
  scope: MetricScope;
  ownerId: string;
  filter?: MetricFilter;
  /** First and last ISO days (UTC) of the window, both included. */
  from: string;
  to: string;
}

export interface MetricsQuery extends Omit<MetricQuery, 'ownerId'> {
  ownerIds: readonly string[];
}

/**
 * Reads metrics over a window: a sum over the daily buckets the processor keeps. A definition that
 * restricts a metric to products calls track() when it is saved, in its transaction.
 */
@Injectable()
export class MetricsService {
  /** Makes a filter readable: its products get buckets of their own, their past filled in. */
  track(manager: EntityManager, filter?: MetricFilter | null): Promise<void> {
    return trackProducts(manager, filter?.productIds ?? []);
  }

  async value(manager: EntityManager, query: MetricQuery): Promise<number> {
    const [row]: { value: string }[] = await manager.query(
      `SELECT coalesce(sum(value), 0)::text AS value FROM metric_daily
        WHERE metric = $1 AND scope = $2 AND owner_id = $3 AND filter_key = ANY($4) AND day BETWEEN $5 AND $6`,
      [query.metric, query.scope, query.ownerId, filterKeys(query.filter), query.from, query.to],
    );
    return Number(row.value);
  }

  /** The same sum for many owners at once; an owner without activity in the window reads 0. */
  async values(manager: EntityManager, query: MetricsQuery): Promise<Map<string, number>> {
    const result = new Map(query.ownerIds.map((id) => [id, 0]));
    if (query.ownerIds.length === 0) return result;
    const rows: { owner_id: string; value: string }[] = await manager.query(
      `SELECT owner_id, sum(value)::text AS value FROM metric_daily
        WHERE metric = $1 AND scope = $2 AND owner_id = ANY($3::uuid[]) AND filter_key = ANY($4) AND day BETWEEN $5 AND $6
        GROUP BY owner_id`,
      [query.metric, query.scope, query.ownerIds, filterKeys(query.filter), query.from, query.to],
    );
    for (const row of rows) result.set(row.owner_id, Number(row.value));
    return result;
  }
}

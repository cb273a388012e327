import { Injectable } from '@nestjs/common';
import { filterKeys } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { MetricsService } from '../activity/metrics.service';
import { Objective } from './objective.entity';

type Measured = Pick<Objective, 'id' | 'metric' | 'scope' | 'filter' | 'startDay' | 'endDay' | 'partnerId' | 'userId'>;

export const ownerOf = (o: Pick<Objective, 'scope' | 'partnerId' | 'userId'>) => (o.scope === 'USER' ? (o.userId as string) : o.partnerId);

/**
 * Progress of many objectives in few reads: objectives that measure the same thing over the same
 * days (a bulk objective for a segment) share one query over their owners.
 */
@Injectable()
export class ObjectiveProgress {
  constructor(private readonly metrics: MetricsService) {}

  async of(manager: EntityManager, objectives: readonly Measured[]): Promise<Map<string, number>> {
    const groups = new Map<string, Measured[]>();
    for (const o of objectives) {
      const key = [o.metric, o.scope, filterKeys(o.filter ?? undefined).join(','), o.startDay, o.endDay].join('|');
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    const progress = new Map<string, number>();
    for (const group of groups.values()) {
      const [first] = group;
      const values = await this.metrics.values(manager, {
        metric: first.metric,
        scope: first.scope,
        filter: first.filter ?? undefined,
        from: first.startDay,
        to: first.endDay,
        ownerIds: [...new Set(group.map(ownerOf))],
      });
      for (const o of group) progress.set(o.id, values.get(ownerOf(o)) ?? 0);
    }
    return progress;
  }
}

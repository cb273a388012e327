import { Injectable } from '@nestjs/common';
import { criterionWindow, MetricFilter, utcDay } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { MetricsService } from '../activity/metrics.service';
import { UsersService } from '../users/users.service';
import { StageCriterion } from './stage-criterion.entity';

/** Criterion id → partner id → the measured value. */
export type CriterionValues = Map<string, Map<string, number>>;

const filterOf = (c: StageCriterion): MetricFilter | undefined =>
  c.productIds.length ? { productIds: c.productIds } : c.category !== null ? { category: c.category } : undefined;

/**
 * Measures stage criteria for many partners at once: one metrics read per criterion, whatever the
 * number of partners. A USER criterion reads every active user of the partners and keeps the best.
 */
@Injectable()
export class StageProgress {
  constructor(
    private readonly metrics: MetricsService,
    private readonly users: UsersService,
  ) {}

  async measure(manager: EntityManager, criteria: readonly StageCriterion[], partnerIds: readonly string[], now: Date = new Date()): Promise<CriterionValues> {
    const result: CriterionValues = new Map();
    if (partnerIds.length === 0) return result;
    const needsUsers = criteria.some((c) => c.scope === 'USER');
    const users = needsUsers ? await this.users.activeOfPartners(manager, partnerIds) : [];
    for (const criterion of criteria) {
      const window = criterionWindow(criterion, utcDay(now));
      const query = { metric: criterion.metric, filter: filterOf(criterion), ...window };
      if (criterion.scope === 'PARTNER') {
        result.set(criterion.id, await this.metrics.values(manager, { ...query, scope: 'PARTNER', ownerIds: partnerIds }));
        continue;
      }
      const byUser = await this.metrics.values(manager, { ...query, scope: 'USER', ownerIds: users.map((u) => u.id) });
      const best = new Map(partnerIds.map((id) => [id, 0]));
      for (const user of users) best.set(user.partnerId, Math.max(best.get(user.partnerId) ?? 0, byUser.get(user.id) ?? 0));
      result.set(criterion.id, best);
    }
    return result;
  }
}

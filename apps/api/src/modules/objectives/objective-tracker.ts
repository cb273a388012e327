import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { objectiveStep, remainingOf } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';
import { LedgerService } from '../ledger/ledger.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { Objective } from './objective.entity';
import { ObjectiveProgress, ownerOf } from './objective-progress';
import { ObjectivesService } from './objectives.service';

/**
 * Follows the open objectives of a batch's owners (listener order 40): a nudge when progress
 * crosses the programme's threshold, then points, the OBJECTIVE_REACHED event and a notification
 * when the target is met. Each is claimed by a conditional UPDATE (…IS NULL … RETURNING), so it
 * happens once even when events are processed again or by two processors.
 */
@Injectable()
export class ObjectiveTracker implements ActivityListener, OnModuleInit {
  readonly order = 40;
  private readonly logger = new Logger(ObjectiveTracker.name);

  constructor(
    private readonly listeners: ActivityListeners,
    private readonly progress: ObjectiveProgress,
    private readonly objectives: ObjectivesService,
    private readonly ledger: LedgerService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async afterBatch({ manager, partnerIds, userIds, metrics }: ProcessedBatch): Promise<void> {
    if (partnerIds.length === 0 && userIds.length === 0) return;
    const open = await manager
      .getRepository(Objective)
      .createQueryBuilder('o')
      .where('o.reached_at IS NULL AND o.metric = ANY(:metrics)', { metrics: [...metrics] })
      .andWhere("((o.scope = 'USER' AND o.user_id = ANY(:userIds)) OR (o.scope = 'PARTNER' AND o.partner_id = ANY(:partnerIds)))", { userIds, partnerIds })
      .getMany();
    if (open.length === 0) return;
    const values = await this.progress.of(manager, open);
    const { nudgePercent } = await this.objectives.settings(manager);
    const reached = open.filter((o) => objectiveStep(values.get(o.id) ?? 0, o.target, nudgePercent) === 'REACHED');
    const close = open.filter((o) => !o.nudgedAt && objectiveStep(values.get(o.id) ?? 0, o.target, nudgePercent) === 'NUDGE');
    for (const objective of await this.claim(manager, 'reached_at', reached)) await this.reach(manager, objective);
    for (const objective of await this.claim(manager, 'nudged_at', close)) await this.nudge(manager, objective, values.get(objective.id) ?? 0);
  }

  /** The objectives whose column this call set: a concurrent or repeated call finds it set and gets nothing. */
  private async claim(manager: EntityManager, column: 'reached_at' | 'nudged_at', objectives: Objective[]): Promise<Objective[]> {
    if (objectives.length === 0) return [];
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE objectives SET ${column} = now() WHERE id = ANY($1::uuid[]) AND ${column} IS NULL RETURNING id`,
      [objectives.map((o) => o.id).sort()],
    );
    const claimed = new Set(rows.map((r) => r.id));
    return objectives.filter((o) => claimed.has(o.id));
  }

  private async recipients(manager: EntityManager, objective: Objective): Promise<string[]> {
    if (objective.userId) return [objective.userId];
    return (await this.users.activeOfPartners(manager, [objective.partnerId])).map((u) => u.id);
  }

  private async reach(manager: EntityManager, objective: Objective): Promise<void> {
    if (objective.points > 0) {
      await this.ledger.credit(manager, {
        account: { ownerType: objective.scope, ownerId: ownerOf(objective) },
        amount: objective.points,
        kind: 'OBJECTIVE_REACHED',
        source: { type: 'OBJECTIVE', id: objective.id },
        idempotencyKey: `objective:${objective.id}`,
      });
    }
    await this.activity.record(manager, {
      type: 'OBJECTIVE_REACHED',
      partnerId: objective.partnerId,
      userId: objective.userId,
      subjectId: objective.id,
      payload: { objectiveId: objective.id },
    });
    await this.notifications.notify(manager, {
      userIds: await this.recipients(manager, objective),
      kind: 'OBJECTIVE_REACHED',
      params: { metric: objective.metric, target: objective.target, points: objective.points },
      link: '/objectives',
    });
    this.logger.log({ objectiveId: objective.id }, 'Objective reached');
  }

  private async nudge(manager: EntityManager, objective: Objective, value: number): Promise<void> {
    await this.notifications.notify(manager, {
      userIds: await this.recipients(manager, objective),
      kind: 'OBJECTIVE_NUDGE',
      // 'status' picks the metric's own sentence (i18next context, see notificationSentence).
      params: { status: objective.metric, remaining: remainingOf(value, objective.target), target: objective.target, endDay: objective.endDay },
      link: '/objectives',
    });
  }
}

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { badgePeriodKey, badgeWindow, type MetricScope, utcDay } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';
import { MetricsService } from '../activity/metrics.service';
import { LedgerService } from '../ledger/ledger.service';
import { NotificationsService } from '../notifications/notifications.service';
import { FreeRewardOrdersService } from '../rewards/free-reward-orders.service';
import { UsersService } from '../users/users.service';
import { WebhooksService } from '../webhooks/webhooks.service';
import { Badge } from './badge.entity';

interface Candidate {
  badge_id: string;
  scope: MetricScope;
  owner_id: string;
  partner_id: string;
  period_key: string;
  value: number;
}

interface Award extends Omit<Candidate, 'value'> {
  id: string;
}

/** Per scope, the days the batch's events happened on and, for each, the owners (→ their partner) to judge. */
type Judged = Record<MetricScope, Map<string, Map<string, string>>>;

function judgedOwners(batch: ProcessedBatch): Judged {
  const moved = { PARTNER: new Set(batch.partnerIds), USER: new Set(batch.userIds) };
  const judged: Judged = { PARTNER: new Map(), USER: new Map() };
  const add = (scope: MetricScope, day: string, ownerId: string, partnerId: string) => {
    if (!moved[scope].has(ownerId)) return;
    const owners = judged[scope].get(day) ?? new Map<string, string>();
    judged[scope].set(day, owners.set(ownerId, partnerId));
  };
  for (const event of batch.events) {
    const day = utcDay(event.occurredAt);
    add('PARTNER', day, event.partnerId, event.partnerId);
    if (event.userId) add('USER', day, event.userId, event.partnerId);
  }
  return judged;
}

/**
 * Awards badges after each activity batch: only the active badges whose metric moved, only for the
 * batch's owners, judged on the day of their events (so an award belongs to the period the activity
 * happened in). The unique (badge, owner, period) key and ON CONFLICT DO NOTHING make a replayed
 * event award nothing; points, the BADGE_EARNED event, the notification and the goodie follow only
 * the rows actually inserted.
 */
@Injectable()
export class BadgeAwarder implements ActivityListener, OnModuleInit {
  readonly order = 30;
  private readonly logger = new Logger(BadgeAwarder.name);

  constructor(
    private readonly listeners: ActivityListeners,
    private readonly metrics: MetricsService,
    private readonly ledger: LedgerService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly freeOrders: FreeRewardOrdersService,
    private readonly webhooks: WebhooksService,
  ) {}

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async afterBatch(batch: ProcessedBatch): Promise<void> {
    const { manager } = batch;
    const badges = (await manager.getRepository(Badge).findBy({ active: true })).filter((b) => batch.metrics.has(b.metric));
    if (badges.length === 0) return;
    const judged = judgedOwners(batch);
    const candidates = new Map<string, Candidate>();
    for (const badge of badges) {
      for (const [day, owners] of judged[badge.scope]) {
        const window = badgeWindow(badge, day);
        const values = await this.metrics.values(manager, { metric: badge.metric, scope: badge.scope, filter: badge.filter ?? undefined, ...window, ownerIds: [...owners.keys()] });
        for (const [ownerId, value] of values) {
          if (value < badge.threshold) continue;
          const periodKey = badgePeriodKey(badge, day);
          candidates.set(`${badge.id}:${ownerId}:${periodKey}`, {
            badge_id: badge.id,
            scope: badge.scope,
            owner_id: ownerId,
            partner_id: owners.get(ownerId) as string,
            period_key: periodKey,
            value,
          });
        }
      }
    }
    if (candidates.size === 0) return;
    const awards = await this.insertAwards(manager, [...candidates.values()]);
    const byId = new Map(badges.map((b) => [b.id, b]));
    for (const award of awards) await this.follow(manager, byId.get(award.badge_id) as Badge, award);
    if (awards.length > 0) this.logger.log({ awards: awards.length }, 'Badges awarded');
  }

  /** Keys in one order, so two processors awarding the same badges wait on each other instead of deadlocking. */
  private insertAwards(manager: EntityManager, candidates: Candidate[]): Promise<Award[]> {
    return manager.query(
      `INSERT INTO badge_awards (badge_id, scope, owner_id, partner_id, period_key, value)
       SELECT badge_id, scope, owner_id, partner_id, period_key, value
         FROM jsonb_to_recordset($1::jsonb) AS r(badge_id uuid, scope text, owner_id uuid, partner_id uuid, period_key text, value numeric)
        ORDER BY badge_id, owner_id, period_key
       ON CONFLICT (badge_id, owner_id, period_key) DO NOTHING
       RETURNING id, badge_id, scope, owner_id, partner_id, period_key`,
      [JSON.stringify(candidates)],
    );
  }

  /** What a new award brings, in the batch's transaction. */
  private async follow(manager: EntityManager, badge: Badge, award: Award): Promise<void> {
    const userId = award.scope === 'USER' ? award.owner_id : null;
    if (badge.points > 0) {
      await this.ledger.credit(manager, {
        account: { ownerType: award.scope, ownerId: award.owner_id },
        amount: badge.points,
        kind: 'BADGE',
        source: { type: 'BADGE_AWARD', id: award.id },
        idempotencyKey: `badge:${badge.id}:${award.owner_id}:${award.period_key}`,
      });
    }
    await this.activity.record(manager, {
      type: 'BADGE_EARNED',
      partnerId: award.partner_id,
      userId,
      subjectId: badge.id,
      payload: { badgeId: badge.id, name: { en: badge.nameEn, fr: badge.nameFr }, icon: badge.icon },
    });
    await this.webhooks.enqueue(manager, 'BADGE_EARNED', {
      badgeId: badge.id, awardId: award.id, name: { en: badge.nameEn, fr: badge.nameFr }, scope: award.scope,
      partnerId: award.partner_id, userId, periodKey: award.period_key, points: badge.points,
    });
    const team = userId ? [] : await this.users.activeOfPartners(manager, [award.partner_id]);
    await this.notifications.notify(manager, {
      userIds: userId ? [userId] : team.map((u) => u.id),
      kind: 'BADGE_EARNED',
      params: { nameEn: badge.nameEn, nameFr: badge.nameFr, points: badge.points },
      link: '/badges',
    });
    if (!badge.rewardItemId) return;
    // A partner's goodie goes to its admin (the first one), who receives for the team.
    const recipient = userId ?? team.find((u) => u.role === 'PARTNER_ADMIN')?.id ?? team[0]?.id;
    if (!recipient) return;
    await this.freeOrders.placeFree(manager, {
      itemId: badge.rewardItemId,
      userId: recipient,
      partnerId: award.partner_id,
      source: { type: 'BADGE_AWARD', id: award.id },
      idempotencyKey: `badge-award:${award.id}`,
    });
  }
}

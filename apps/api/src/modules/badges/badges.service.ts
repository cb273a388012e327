import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badgePeriodKey, badgeRuleProblems, badgeWindow, isPartnerRole, utcDay } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { forbidden } from '../../core/errors/domain-error';
import { isUuid } from '../../core/validation/uuid';
import { MetricsService } from '../activity/metrics.service';
import { RewardCatalogueService } from '../rewards/reward-catalogue.service';
import { Badge } from './badge.entity';
import { BadgeErrors } from './badges.errors';
import { BadgeInput } from './dto/badge.input';
import { BadgeType, MyBadgeType } from './dto/badge.type';
import { MetricFilterService } from './metric-filter.service';

const toType = (badge: Badge, earnedCount = 0): BadgeType => ({
  ...badge,
  category: badge.filter?.category ?? null,
  productIds: badge.filter?.productIds ? [...badge.filter.productIds] : null,
  earnedCount,
});

/** Badges as brand admins configure them, and the badge wall of a partner user. */
@Injectable()
export class BadgesService {
  private readonly logger = new Logger(BadgesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    private readonly filters: MetricFilterService,
    private readonly catalogue: RewardCatalogueService,
  ) {}

  async list(): Promise<BadgeType[]> {
    const badges = await this.dataSource.getRepository(Badge).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const counts: { badge_id: string; n: number }[] = await this.dataSource.query('SELECT badge_id, count(*)::int AS n FROM badge_awards GROUP BY badge_id');
    const byBadge = new Map(counts.map((c) => [c.badge_id, c.n]));
    return badges.map((b) => toType(b, byBadge.get(b.id) ?? 0));
  }

  async get(id: string): Promise<BadgeType> {
    const badge = isUuid(id) ? await this.dataSource.getRepository(Badge).findOneBy({ id }) : null;
    if (!badge) throw BadgeErrors.notFound();
    const [{ n }]: { n: number }[] = await this.dataSource.query('SELECT count(*)::int AS n FROM badge_awards WHERE badge_id = $1', [id]);
    return toType(badge, n);
  }

  async create(actor: Actor, input: BadgeInput): Promise<BadgeType> {
    const fields = await this.fieldsOf(actor, input);
    const badge = await this.dataSource.transaction(async (manager) => {
      // Products of a filter get buckets of their own from now on (their past filled in), or the badge would read 0.
      await this.metrics.track(manager, fields.filter);
      return manager.getRepository(Badge).save(manager.getRepository(Badge).create(fields));
    });
    this.logger.log({ badgeId: badge.id, by: actor.userId }, 'Badge created');
    return toType(badge);
  }

  /** A changed rule applies from the next batch; awards already given stay. */
  async update(actor: Actor, id: string, input: BadgeInput): Promise<BadgeType> {
    const current = await this.get(id);
    const fields = await this.fieldsOf(actor, input);
    await this.dataSource.transaction(async (manager) => {
      await this.metrics.track(manager, fields.filter);
      await manager.getRepository(Badge).update(id, fields);
    });
    this.logger.log({ badgeId: id, by: actor.userId }, 'Badge changed');
    return { ...(await this.get(id)), earnedCount: current.earnedCount };
  }

  /**
   * Every active badge (and any the viewer earned since it was switched off) with where the viewer
   * stands today: a USER badge measures the viewer, a PARTNER badge their partner.
   */
  async mine(actor: Actor): Promise<MyBadgeType[]> {
    if (!isPartnerRole(actor.role) || !actor.partnerId) throw forbidden('FORBIDDEN_ROLE');
    const owners = { USER: actor.userId, PARTNER: actor.partnerId };
    const awards: { badge_id: string; period_key: string; awarded_at: Date }[] = await this.dataSource.query(
      `SELECT a.badge_id, a.period_key, a.awarded_at FROM badge_awards a JOIN badges b ON b.id = a.badge_id
        WHERE (b.scope = 'USER' AND a.owner_id = $1) OR (b.scope = 'PARTNER' AND a.owner_id = $2) ORDER BY a.awarded_at`,
      [owners.USER, owners.PARTNER],
    );
    const earnedIds = [...new Set(awards.map((a) => a.badge_id))];
    const badges = await this.dataSource
      .getRepository(Badge)
      .createQueryBuilder('b')
      .where('b.active OR b.id = ANY(:earnedIds)', { earnedIds })
      .orderBy('b.created_at')
      .addOrderBy('b.id')
      .getMany();
    const today = utcDay(new Date());
    return Promise.all(
      badges.map(async (badge) => {
        const own = awards.filter((a) => a.badge_id === badge.id);
        const value = await this.metrics.value(this.dataSource.manager, {
          metric: badge.metric,
          scope: badge.scope,
          ownerId: owners[badge.scope],
          filter: badge.filter ?? undefined,
          ...badgeWindow(badge, today),
        });
        const currentKey = badgePeriodKey(badge, today);
        return {
          badge: toType(badge),
          earned: own.some((a) => a.period_key === currentKey),
          lastEarnedAt: own.at(-1)?.awarded_at ?? null,
          timesEarned: own.length,
          value,
        };
      }),
    );
  }

  private async fieldsOf(actor: Actor, input: BadgeInput): Promise<Omit<Badge, 'id' | 'createdAt' | 'updatedAt'>> {
    const rule = { window: input.window, windowDays: input.windowDays ?? null, repeat: input.repeat, period: input.period ?? null };
    const problems = badgeRuleProblems(rule);
    if (problems.length > 0) throw BadgeErrors.problems(problems);
    const filter = await this.filters.check(actor, input);
    if (input.rewardItemId && !(await this.catalogue.byIds([input.rewardItemId]))[0]) throw BadgeErrors.rewardItemNotFound();
    return {
      nameEn: input.nameEn,
      nameFr: input.nameFr,
      descriptionEn: input.descriptionEn ?? '',
      descriptionFr: input.descriptionFr ?? '',
      icon: input.icon,
      metric: input.metric,
      filter,
      scope: input.scope,
      threshold: input.threshold,
      ...rule,
      // Days only mean something to a rolling window; a period only to what uses it.
      windowDays: input.window === 'ROLLING_DAYS' ? rule.windowDays : null,
      period: input.window === 'CURRENT_PERIOD' || input.repeat === 'ONCE_PER_PERIOD' ? rule.period : null,
      points: input.points,
      rewardItemId: input.rewardItemId ?? null,
      active: input.active ?? true,
    };
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TIER_WINDOW_DAYS, TierBasis, tierFor, utcDay } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { ProcessedBatch } from '../activity/activity-listeners';
import { MetricsService } from '../activity/metrics.service';
import { LedgerService } from '../ledger/ledger.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { Tier } from './tier.entity';
import { TierSettings } from './tier-settings.entity';

const CHUNK = 1000;

interface Move {
  partnerId: string;
  from: Tier | null;
  to: Tier | null;
}

/**
 * Keeps partners.tier_id in line with the last 12 months. After each activity batch (order 10,
 * before the features that rank by tier) for the partners it moved, and daily for everybody,
 * because points and sales leave the window without any event.
 */
@Injectable()
export class TierEvaluation {
  private readonly logger = new Logger(TierEvaluation.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    private readonly ledger: LedgerService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Points move with approvals, prizes and badges (their events all land here); sales only with SALES_AMOUNT. */
  async afterBatch(batch: ProcessedBatch): Promise<void> {
    const basis = await this.basis(batch.manager);
    if (basis === 'SALES_AMOUNT' && !batch.metrics.has('SALES_AMOUNT')) return;
    await this.recompute(batch.manager, batch.partnerIds);
  }

  /** Every partner, chunk by chunk, each chunk in its own short transaction; answers how many moved. */
  async recomputeAll(): Promise<number> {
    let moved = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM partners WHERE id > $1 ORDER BY id LIMIT $2', [after, CHUNK]);
      const ids = rows.map((r) => r.id);
      if (ids.length === 0) break;
      moved += await this.dataSource.transaction((manager) => this.recompute(manager, ids));
      after = ids[ids.length - 1];
      if (ids.length < CHUNK) break;
    }
    if (moved > 0) this.logger.log({ moved }, 'Tiers recomputed');
    return moved;
  }

  /** Measures the partners and moves those whose tier changed; answers how many moved. */
  async recompute(manager: EntityManager, partnerIds: readonly string[], now: Date = new Date()): Promise<number> {
    if (partnerIds.length === 0) return 0;
    const tiers = await manager.getRepository(Tier).find();
    const values = await this.measure(manager, await this.basis(manager), partnerIds, now);
    const current: { id: string; tier_id: string | null }[] = await manager.query('SELECT id, tier_id FROM partners WHERE id = ANY($1::uuid[])', [partnerIds]);
    const byId = new Map(tiers.map((t) => [t.id, t]));
    const moves: Move[] = [];
    for (const row of current) {
      const to = tierFor(tiers, values.get(row.id) ?? 0);
      if ((to?.id ?? null) !== row.tier_id) moves.push({ partnerId: row.id, from: row.tier_id ? (byId.get(row.tier_id) ?? null) : null, to });
    }
    if (moves.length === 0) return 0;
    // Ordered by id, so two evaluations moving the same partners lock them in the same order.
    moves.sort((a, b) => (a.partnerId < b.partnerId ? -1 : 1));
    await manager.query(
      `UPDATE partners p SET tier_id = m.tier_id, tier_since = now()
         FROM jsonb_to_recordset($1::jsonb) AS m(partner_id uuid, tier_id uuid) WHERE p.id = m.partner_id`,
      [JSON.stringify(moves.map((m) => ({ partner_id: m.partnerId, tier_id: m.to?.id ?? null })))],
    );
    await this.notify(manager, moves);
    return moves.length;
  }

  /** The basis of each partner over the last 365 days, today included. */
  async measure(manager: EntityManager, basis: TierBasis, partnerIds: readonly string[], now: Date = new Date()): Promise<Map<string, number>> {
    const from = new Date(now.getTime() - (TIER_WINDOW_DAYS - 1) * 86_400_000);
    if (basis === 'POINTS') return this.ledger.earnedByPartners(manager, partnerIds, new Date(`${utcDay(from)}T00:00:00Z`));
    return this.metrics.values(manager, { metric: 'SALES_AMOUNT', scope: 'PARTNER', ownerIds: partnerIds, from: utcDay(from), to: utcDay(now) });
  }

  async basis(manager: EntityManager): Promise<TierBasis> {
    return (await manager.getRepository(TierSettings).findOneBy({ id: 1 }))?.basis ?? 'POINTS';
  }

  /** A first entry tier (threshold 0) is no news: nothing was earned to reach it. */
  private async notify(manager: EntityManager, moves: Move[]): Promise<void> {
    const news = moves.filter((m) => m.from !== null || (m.to !== null && m.to.threshold > 0));
    const users = await this.users.activeOfPartners(manager, news.map((m) => m.partnerId));
    for (const move of news) {
      const status = !move.to ? 'NONE' : !move.from || move.to.threshold > move.from.threshold ? 'UP' : 'DOWN';
      await this.notifications.notify(manager, {
        userIds: users.filter((u) => u.partnerId === move.partnerId).map((u) => u.id),
        kind: 'TIER_CHANGED',
        params: { status, tierEn: move.to?.nameEn ?? '', tierFr: move.to?.nameFr ?? '', multiplier: move.to?.multiplier ?? 1 },
        link: '/journey',
      });
    }
  }
}

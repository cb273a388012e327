import { Injectable } from '@nestjs/common';
import { EARNING_KINDS, type Metric, type MetricFilter, type MetricScope } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { MetricsService } from '../activity/metrics.service';
import type { RecapRank } from './recap-send.entity';

export interface RecapUser {
  id: string;
  partnerId: string;
}

export interface WeekFacts {
  points: number;
  partnerPoints: number;
  ranks: (RecapRank & { title: Record<string, string> })[];
  objectives: { target: number; progress: number; endDay: string }[];
}

interface ObjectiveRow {
  scope: MetricScope;
  metric: Metric;
  filter: MetricFilter | null;
  target: string;
  start_day: string;
  end_day: string;
  partner_id: string;
  user_id: string | null;
}

/**
 * What a user's week amounted to. Challenges and objectives are other features' tables, read here
 * in SQL because those features depend on notifications (a module import back would be circular);
 * each part is skipped while its table does not exist, so the recap works at every stage of the
 * gamification roll-out.
 */
@Injectable()
export class RecapFacts {
  constructor(private readonly metrics: MetricsService) {}

  async tables(manager: EntityManager): Promise<{ challenges: boolean; objectives: boolean }> {
    const [row]: { challenges: boolean; objectives: boolean }[] = await manager.query(
      `SELECT to_regclass('challenge_scores') IS NOT NULL AS challenges, to_regclass('objectives') IS NOT NULL AS objectives`,
    );
    return row;
  }

  async of(manager: EntityManager, user: RecapUser, week: { start: string; end: string }, tables: { challenges: boolean; objectives: boolean }): Promise<WeekFacts> {
    // One after the other: a transaction is one connection, which runs one query at a time anyway.
    const points = await this.points(manager, user, week);
    const ranks = tables.challenges ? await this.ranks(manager, user) : [];
    const objectives = tables.objectives ? await this.objectives(manager, user, week) : [];
    return { ...points, ranks, objectives };
  }

  /** Points earned (not refunds or adjustments) in the week, by the user and by their company. */
  private async points(manager: EntityManager, user: RecapUser, week: { start: string; end: string }) {
    const rows: { owner_type: string; points: number }[] = await manager.query(
      `SELECT a.owner_type, coalesce(sum(e.amount), 0)::int AS points
         FROM ledger_accounts a JOIN ledger_entries e ON e.account_id = a.id
        WHERE ((a.owner_type = 'USER' AND a.owner_id = $1) OR (a.owner_type = 'PARTNER' AND a.owner_id = $2))
          AND e.kind = ANY($3) AND e.amount > 0 AND e.created_at >= $4::date AND e.created_at < $5::date + 1
        GROUP BY a.owner_type`,
      [user.id, user.partnerId, EARNING_KINDS, week.start, week.end],
    );
    const of = (type: string) => rows.find((row) => row.owner_type === type)?.points ?? 0;
    return { points: of('USER'), partnerPoints: of('PARTNER') };
  }

  /** The user's (or their team's) rank in each live challenge, with the leaderboard's tie rule. */
  private async ranks(manager: EntityManager, user: RecapUser): Promise<WeekFacts['ranks']> {
    const rows: { challenge_id: string; title: Record<string, string>; rank: number }[] = await manager.query(
      `SELECT c.id AS challenge_id, c.title,
              1 + (SELECT count(*) FROM challenge_scores o
                    WHERE o.challenge_id = s.challenge_id AND o.league = s.league
                      AND (o.score > s.score OR (o.score = s.score AND (o.reached_at, o.participant_id) < (s.reached_at, s.participant_id))))::int AS rank
         FROM challenge_scores s JOIN challenges c ON c.id = s.challenge_id
        WHERE c.status = 'LIVE' AND (s.participant_id = $1 OR (c.kind = 'TEAM' AND s.participant_id = $2))
        ORDER BY c.ends_at, c.id`,
      [user.id, user.partnerId],
    );
    return rows.map((row) => ({ challengeId: row.challenge_id, title: row.title, rank: row.rank }));
  }

  /** Objectives of the user or their company running during the week and not reached before it. */
  private async objectives(manager: EntityManager, user: RecapUser, week: { start: string; end: string }): Promise<WeekFacts['objectives']> {
    const rows: ObjectiveRow[] = await manager.query(
      `SELECT scope, metric, filter, target::text, start_day::text, end_day::text, partner_id, user_id FROM objectives
        WHERE ((scope = 'USER' AND user_id = $1) OR (scope = 'PARTNER' AND partner_id = $2))
          AND start_day <= $4::date AND end_day >= $3::date AND (reached_at IS NULL OR reached_at >= $3::date)
        ORDER BY end_day LIMIT 5`,
      [user.id, user.partnerId, week.start, week.end],
    );
    const objectives: WeekFacts['objectives'] = [];
    for (const row of rows) {
      const progress = await this.metrics.value(manager, {
        metric: row.metric,
        scope: row.scope,
        ownerId: row.scope === 'USER' ? (row.user_id as string) : row.partner_id,
        filter: row.filter ?? undefined,
        from: row.start_day,
        to: row.end_day,
      });
      objectives.push({ target: Number(row.target), endDay: row.end_day, progress });
    }
    return objectives;
  }
}

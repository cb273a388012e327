import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChallengeKind, ChallengeStatus } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { LocalizedText } from '../challenges/challenge.entity';
import { SegmentsService } from '../segments/segments.service';
import { isoDay, partnerConditions, periodOf, scopeConditions, SqlConditions } from './dashboard-scope';
import { ChallengePeriodFiguresType, ChallengePodiumEntryType, ChallengeResultsType } from './dto/challenge-results.type';
import { DashboardFilterInput } from './dto/dashboard-filter.input';

interface ChallengeRow {
  id: string;
  title: LocalizedText;
  kind: ChallengeKind;
  status: ChallengeStatus;
  starts_at: Date;
  ends_at: Date;
  settled_at: Date | null;
  current: boolean;
  previous: boolean;
}

/** A figure for the period and the previous one. */
interface PeriodCounts {
  current: number;
  previous: number;
}

interface PodiumRow {
  challenge_id: string;
  participant_id: string;
  score: number;
  partner_name: string;
  first_name: string | null;
  last_name: string | null;
}

/** The first instant of a day, and of the day after another, in UTC. */
const startOf = (day: string) => `${day}T00:00:00Z`;
const dayAfter = (day: string) => startOf(isoDay(new Date(Date.parse(startOf(day)) + 86_400_000)));

/** What a challenge had gone past DRAFT and SCHEDULED to be: it ran, at least for a while. */
const RAN = `c.status IN ('LIVE', 'ENDED', 'SETTLED')`;
const PODIUM = 3;

/**
 * Challenge results: the challenges live at some time in the period (and in the previous one),
 * their participants among the partners in scope (as they are now), the active ones (a score above
 * 0: every eligible participant gets a row when a challenge goes live, so a row alone says nothing),
 * the first three in scope and the prize points settlement paid them; for each period, the share
 * of partners in scope with an active participant and the points paid.
 *
 * Read from rollups of challenge_scores kept by triggers (migration ChallengeResultsRollup): the
 * counts per challenge, channel manager and country, and each partner's active challenges; a segment
 * alone makes the counts read its partners' scores. The podium walks each challenge's active rows in
 * leaderboard order (IDX_challenge_scores_rank) until three rows in scope are found; the prizes are the ledger's
 * CHALLENGE_PRIZE entries, by their source index.
 */
@Injectable()
export class ChallengeResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async results(actor: Actor, filter: DashboardFilterInput): Promise<ChallengeResultsType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    const [end, start, previousStart] = [dayAfter(period.to), startOf(period.from), startOf(period.previousFrom)];
    const challenges = await this.challenges(actor, filter, end, start, previousStart);
    const current = challenges.filter((c) => c.current).map((c) => c.id);
    const previous = challenges.filter((c) => c.previous).map((c) => c.id);
    const all = challenges.map((c) => c.id);
    const scoped = (initial: unknown[]) => partnerConditions(actor, filter, segment, initial);
    const [counts, { active, partners }, podiums, paid] = await Promise.all([
      segment ? this.countsFromScores(scoped([current])) : this.counts(actor, filter, current),
      this.partnerFigures(scoped([current, previous, end, start])),
      this.podiums(scoped([current, PODIUM])),
      this.pointsPaid(scoped([all])),
    ]);
    const totals = (ids: string[], activeKey: 'current' | 'previous', partnersKey: 'current' | 'previous'): ChallengePeriodFiguresType => ({
      challenges: ids.length,
      partners: partners[partnersKey],
      activePartners: active[activeKey],
      participationRate: partners[partnersKey] > 0 ? active[activeKey] / partners[partnersKey] : null,
      pointsPaid: ids.reduce((sum, id) => sum + (paid.get(id) ?? 0), 0),
    });
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      totals: totals(current, 'current', 'current'),
      previousTotals: totals(previous, 'previous', 'previous'),
      challenges: challenges
        .filter((c) => c.current)
        .map((c) => ({
          id: c.id,
          title: c.title,
          kind: c.kind,
          status: c.status,
          startsAt: c.starts_at,
          endsAt: c.ends_at,
          settledAt: c.settled_at,
          participants: counts.get(c.id)?.participants ?? 0,
          activeParticipants: counts.get(c.id)?.active ?? 0,
          podium: podiums.get(c.id) ?? [],
          pointsPaid: paid.get(c.id) ?? 0,
        })),
    };
  }

  /**
   * The challenges that ran in either period, the latest start first. A channel manager's challenge
   * concerns only their partners: another manager's (or, with a channel manager in the filter,
   * anyone else's) is left out rather than shown with nobody in it.
   */
  private challenges(actor: Actor, filter: DashboardFilterInput, end: string, start: string, previousStart: string): Promise<ChallengeRow[]> {
    const conditions = new SqlConditions([end, start, previousStart]);
    if (actor.role === 'CHANNEL_MANAGER') conditions.add('(c.manager_id IS NULL OR c.manager_id = ?)', actor.userId);
    if (filter.channelManagerId) conditions.add('(c.manager_id IS NULL OR c.manager_id = ?)', filter.channelManagerId);
    return this.dataSource.query(
      `SELECT c.id, c.title, c.kind, c.status, c.starts_at, c.ends_at, c.settled_at,
              (c.starts_at < $1 AND c.ends_at >= $2) AS current, (c.starts_at < $2 AND c.ends_at >= $3) AS previous
         FROM challenges c
        WHERE ${RAN} AND c.starts_at < $1 AND c.ends_at >= $3 AND ${conditions.where}
        ORDER BY c.starts_at DESC, c.id`,
      conditions.params,
    );
  }

  /**
   * Participants in scope and the active ones, per challenge: from challenge_result_slices (per
   * challenge, channel manager and country), a few rows per challenge whatever its participants.
   */
  private async counts(actor: Actor, filter: DashboardFilterInput, challenges: string[]): Promise<Map<string, { participants: number; active: number }>> {
    const conditions = scopeConditions(actor, filter, new SqlConditions([challenges]), { manager: 's.channel_manager_id', country: 's.country' });
    const rows: { challenge_id: string; participants: number; active: number }[] = await this.dataSource.query(
      `SELECT s.challenge_id, sum(s.participants)::int AS participants, sum(s.active)::int AS active
         FROM challenge_result_slices s WHERE s.challenge_id = ANY($1::uuid[]) AND ${conditions.where} GROUP BY s.challenge_id`,
      conditions.params,
    );
    return new Map(rows.map((r) => [r.challenge_id, { participants: r.participants, active: r.active }]));
  }

  /**
   * The same within a segment (criteria over any partner attribute, which no slice holds): the
   * scores of the segment's partners in the challenges ($1), from IDX_challenge_scores_partner
   * (partner, challenge, score) alone.
   */
  private async countsFromScores(conditions: SqlConditions): Promise<Map<string, { participants: number; active: number }>> {
    const rows: { challenge_id: string; participants: number; active: number }[] = await this.dataSource.query(
      `SELECT s.challenge_id, count(*)::int AS participants, count(*) FILTER (WHERE s.score > 0)::int AS active
         FROM challenge_scores s JOIN partners p ON p.id = s.partner_id
        WHERE s.challenge_id = ANY($1::uuid[]) AND ${conditions.where} GROUP BY s.challenge_id`,
      conditions.params,
    );
    return new Map(rows.map((r) => [r.challenge_id, { participants: r.participants, active: r.active }]));
  }

  /**
   * Partners in scope that had joined by the end of the period ($3) and of the previous one ($4),
   * and those with an active participant in the period's challenges ($1) and the previous period's
   * ($2): from partner_stage_dates (one narrow row a partner, with when it joined) and
   * partner_challenge_activity (each partner's active challenges). Over the whole network, each
   * alone; narrowed by the partners' attributes, both joined to the partners in one pass.
   */
  private async partnerFigures(conditions: SqlConditions): Promise<{ active: PeriodCounts; partners: PeriodCounts }> {
    const joined = (end: string, start: string, as = '') =>
      `count(*) FILTER (WHERE d.joined_at < ${end})::int AS ${as}current, count(*) FILTER (WHERE d.joined_at < ${start})::int AS ${as}previous`;
    const active = (now: string, before: string, as = '') =>
      `count(*) FILTER (WHERE a.challenge_ids && ${now}::uuid[])::int AS ${as}current, count(*) FILTER (WHERE a.challenge_ids && ${before}::uuid[])::int AS ${as}previous`;
    if (conditions.clauses.length === 0) {
      const [current, previous, end, start] = conditions.params;
      const [[partners], [activeRow]] = await Promise.all([
        this.dataSource.query<PeriodCounts[]>(`SELECT ${joined('$1', '$2')} FROM partner_stage_dates d`, [end, start]),
        this.dataSource.query<PeriodCounts[]>(`SELECT ${active('$1', '$2')} FROM partner_challenge_activity a WHERE a.challenge_ids && $1::uuid[] OR a.challenge_ids && $2::uuid[]`, [current, previous]),
      ]);
      return { active: activeRow, partners };
    }
    const [row]: Record<'partners_current' | 'partners_previous' | 'active_current' | 'active_previous', number>[] = await this.dataSource.query(
      `SELECT ${joined('$3', '$4', 'partners_')}, ${active('$1', '$2', 'active_')}
         FROM partners p LEFT JOIN partner_stage_dates d ON d.partner_id = p.id LEFT JOIN partner_challenge_activity a ON a.partner_id = p.id
        WHERE ${conditions.where}`,
      conditions.params,
    );
    return { active: { current: row.active_current, previous: row.active_previous }, partners: { current: row.partners_current, previous: row.partners_previous } };
  }

  /**
   * The first $2 active participants in scope of each challenge ($1), all leagues together, by the
   * leaderboard's order: a walk of IDX_challenge_scores_rank (active rows in that order) until that
   * many rows of partners in scope are found.
   */
  private async podiums(conditions: SqlConditions): Promise<Map<string, ChallengePodiumEntryType[]>> {
    const join = conditions.clauses.length ? 'JOIN partners p ON p.id = s.partner_id' : '';
    const rows: PodiumRow[] = await this.dataSource.query(
      `SELECT c.id AS challenge_id, t.participant_id, t.score::float8 AS score, tp.name AS partner_name, u.first_name, u.last_name
         FROM unnest($1::uuid[]) AS c(id)
         CROSS JOIN LATERAL (
           SELECT s.participant_id, s.partner_id, s.score, s.reached_at FROM challenge_scores s ${join}
            WHERE s.challenge_id = c.id AND s.score > 0 AND ${conditions.where}
            ORDER BY s.score DESC, s.reached_at, s.participant_id LIMIT $2) t
         JOIN partners tp ON tp.id = t.partner_id
         LEFT JOIN users u ON u.id = t.participant_id
        ORDER BY c.id, t.score DESC, t.reached_at, t.participant_id`,
      conditions.params,
    );
    const result = new Map<string, ChallengePodiumEntryType[]>();
    for (const row of rows) {
      // A user's id is never a partner's: the users join tells an individual from a team.
      const individual = row.first_name !== null || row.last_name !== null;
      const entry = {
        rank: (result.get(row.challenge_id)?.length ?? 0) + 1,
        participantId: row.participant_id,
        displayName: individual ? `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim() : row.partner_name,
        partnerName: individual ? row.partner_name : null,
        score: Number(row.score),
      };
      result.set(row.challenge_id, [...(result.get(row.challenge_id) ?? []), entry]);
    }
    return result;
  }

  /** Prize points settlement credited to participants in scope, per challenge ($1), from the prize entries' source index. */
  private async pointsPaid(conditions: SqlConditions): Promise<Map<string, number>> {
    const rows: { challenge_id: string; points: number }[] = await this.dataSource.query(
      `SELECT c.id AS challenge_id, sum(e.amount)::int AS points
         FROM unnest($1::uuid[]) AS c(id)
         JOIN ledger_entries e ON e.source_type = 'CHALLENGE' AND e.source_id = c.id::text AND e.kind = 'CHALLENGE_PRIZE'
         JOIN ledger_accounts a ON a.id = e.account_id
         -- A lateral lookup, so each prize's score is found by its whole key (challenge, participant):
         -- as a join the planner probed the key by participant alone, skipping through every
         -- challenge (13,061 index searches for 1,464 prizes at 1.9M scores; 254 ms from a cold cache).
         -- LIMIT 1 (a participant has one score a challenge) keeps the planner from flattening it
         -- into that join again (16,475 searches for 1,176 prizes, 57 ms warm; 26 ms with it).
         CROSS JOIN LATERAL (SELECT s.partner_id FROM challenge_scores s WHERE s.challenge_id = c.id AND s.participant_id = a.owner_id LIMIT 1) s
         JOIN partners p ON p.id = s.partner_id
        WHERE ${conditions.where} GROUP BY c.id`,
      conditions.params,
    );
    return new Map(rows.map((r) => [r.challenge_id, r.points]));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { Challenge } from './challenge.entity';
import { ChallengeParticipantsService } from './challenge-participants.service';
import { ChallengesService } from './challenges.service';
import { LeaderboardRowType, LeaderboardType } from './dto/leaderboard.type';

interface PageRow {
  participant_id: string;
  score: number;
  anonymous: boolean;
  partner_name: string;
  first_name: string | null;
  last_name: string | null;
}

interface OwnRow {
  score: string;
  league: string;
  anonymous: boolean;
}

/**
 * The leaderboard page, the page of rows and the reader's own standing as index range reads over
 * (challenge_id, league, score DESC, reached_at, participant_id): nothing here aggregates lines, so
 * the cost does not grow with the declarations, and only with the offset for the page.
 */
export const LEADERBOARD_SQL = {
  page: `SELECT s.participant_id, s.score::float8 AS score, s.anonymous, p.name AS partner_name, u.first_name, u.last_name
     FROM (SELECT participant_id, partner_id, score, reached_at, anonymous FROM challenge_scores
            WHERE challenge_id = $1 AND league = $2
            ORDER BY score DESC, reached_at, participant_id OFFSET $3 LIMIT $4) s
     JOIN partners p ON p.id = s.partner_id
     LEFT JOIN users u ON u.id = s.participant_id
    ORDER BY s.score DESC, s.reached_at, s.participant_id`,
  own: `SELECT score, league, anonymous FROM challenge_scores WHERE challenge_id = $1 AND participant_id = $2`,
  // Rows ahead: the buckets above the reader's (challenge_score_buckets, kept by triggers), the higher
  // scores inside the reader's own bucket (an index range bounded by the bucket's end), and the
  // equal scores reached earlier. Reached_at never goes through JavaScript (milliseconds).
  ahead: `SELECT (SELECT coalesce(sum(k.participants), 0) FROM challenge_score_buckets k
                   WHERE k.challenge_id = me.challenge_id AND k.league = me.league AND k.bucket > me.bucket)
               + (SELECT count(*) FROM challenge_scores s WHERE s.challenge_id = me.challenge_id AND s.league = me.league
                    AND s.score > me.score AND s.score < me.bucket_end AND challenge_score_bucket(s.score) = me.bucket)
               + (SELECT count(*) FROM challenge_scores s WHERE s.challenge_id = me.challenge_id AND s.league = me.league AND s.score = me.score
                    AND (s.reached_at, s.participant_id) < (me.reached_at, me.participant_id)) AS ahead
            FROM (SELECT challenge_id, league, score, reached_at, participant_id, challenge_score_bucket(score) AS bucket,
                         challenge_score_bucket_end(challenge_score_bucket(score)) + 0.01 AS bucket_end
                    FROM challenge_scores WHERE challenge_id = $1 AND participant_id = $2) me`,
  // The place ahead: a tie reached earlier (gap 0), else the lowest higher score; two bounded index reads.
  next: `SELECT (CASE WHEN EXISTS (SELECT 1 FROM challenge_scores s WHERE s.challenge_id = me.challenge_id AND s.league = me.league
                                    AND s.score = me.score AND (s.reached_at, s.participant_id) < (me.reached_at, me.participant_id))
                      THEN me.score
                      ELSE (SELECT min(s.score) FROM challenge_scores s WHERE s.challenge_id = me.challenge_id AND s.league = me.league AND s.score > me.score)
                 END)::float8 AS score
           FROM challenge_scores me WHERE me.challenge_id = $1 AND me.participant_id = $2`,
  total: `SELECT coalesce((SELECT participants FROM challenge_leagues WHERE challenge_id = $1 AND league = $2), 0) AS total`,
};

@Injectable()
export class LeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly participants: ChallengeParticipantsService,
  ) {}

  async read(actor: Actor, challengeId: string, league?: string | null, page?: PageInput | null): Promise<LeaderboardType> {
    const manager = this.dataSource.manager;
    const challenge = await this.challenges.get(actor, challengeId, manager);
    const viewerId = isPartnerRole(actor.role) ? (challenge.kind === 'TEAM' ? actor.partnerId : actor.userId) : null;
    const own = viewerId ? (await manager.query<OwnRow[]>(LEADERBOARD_SQL.own, [challenge.id, viewerId]))[0] : undefined;
    const leagues = viewerId ? [] : await this.leagues(manager, challenge.id);
    const shown = viewerId ? (own?.league ?? (await this.participants.leagueOf(manager, challenge, actor.partnerId as string))) : (league ?? leagues[0] ?? '');
    const { offset, limit } = pageOf(page);
    const rows: PageRow[] = await manager.query(LEADERBOARD_SQL.page, [challenge.id, shown, offset, limit]);
    const [{ total }]: { total: number }[] = await manager.query(LEADERBOARD_SQL.total, [challenge.id, shown]);
    const revealAll = !isPartnerRole(actor.role);
    return {
      challengeId: challenge.id,
      league: shown,
      leagues: viewerId ? [shown] : leagues,
      total,
      rows: rows.map((row, i) => this.row(challenge, row, offset + i + 1, row.participant_id === viewerId, revealAll)),
      viewer: viewerId && own ? await this.viewer(manager, challenge, viewerId, own) : null,
    };
  }

  /** Brand users pick a league. */
  private async leagues(manager: EntityManager, challengeId: string): Promise<string[]> {
    const rows: { league: string }[] = await manager.query('SELECT league FROM challenge_leagues WHERE challenge_id = $1 ORDER BY league', [challengeId]);
    return rows.map((r) => r.league);
  }

  private async viewer(manager: EntityManager, challenge: Challenge, viewerId: string, own: OwnRow) {
    const [{ ahead }]: { ahead: string }[] = await manager.query(LEADERBOARD_SQL.ahead, [challenge.id, viewerId]);
    const [next]: { score: number | null }[] = await manager.query(LEADERBOARD_SQL.next, [challenge.id, viewerId]);
    const [me]: PageRow[] = await manager.query(
      `SELECT $1::uuid AS participant_id, $2::float8 AS score, $3::boolean AS anonymous, p.name AS partner_name, u.first_name, u.last_name
         FROM partners p LEFT JOIN users u ON u.id = $1 WHERE p.id = (SELECT partner_id FROM challenge_scores WHERE challenge_id = $4 AND participant_id = $1)`,
      [viewerId, own.score, own.anonymous, challenge.id],
    );
    const row = this.row(challenge, me, Number(ahead) + 1, true, true);
    return { row, gapToNext: next && next.score !== null ? Math.round((next.score - row.score) * 100) / 100 : null };
  }

  /** Anonymous participants keep their rank and score; their name shows only to themselves and the brand. */
  private row(challenge: Challenge, row: PageRow, rank: number, isViewer: boolean, revealAll: boolean): LeaderboardRowType {
    const hidden = row.anonymous && !isViewer && !revealAll;
    const team = challenge.kind === 'TEAM';
    return {
      rank,
      participantId: hidden ? null : row.participant_id,
      displayName: hidden ? null : team ? row.partner_name : `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim(),
      partnerName: hidden || team ? null : row.partner_name,
      score: Number(row.score),
      anonymous: row.anonymous,
      isViewer,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { challengeDays } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { MetricsService } from '../activity/metrics.service';
import { Challenge } from './challenge.entity';

export interface Standing {
  participantId: string;
  partnerId: string;
  /** Participants strictly ahead in the league: the rank is ahead + 1. */
  ahead: number;
}

/**
 * Keeps challenge_scores current. A score is the metric over the challenge's days, read from the
 * daily buckets for the given participants only, so an update costs the same at 10 or 100,000
 * participants.
 */
@Injectable()
export class ChallengeScoresService {
  constructor(private readonly metrics: MetricsService) {}

  /**
   * Locks the participants' rows (in id order, so two batches touching the same participants wait
   * instead of deadlocking) and answers those that take part. Reading the metrics after the lock
   * means a batch that waited sees the buckets the other one committed.
   */
  async lock(manager: EntityManager, challengeId: string, ownerIds: readonly string[]): Promise<string[]> {
    if (ownerIds.length === 0) return [];
    const rows: { participant_id: string }[] = await manager.query(
      `SELECT participant_id FROM challenge_scores WHERE challenge_id = $1 AND participant_id = ANY($2::uuid[])
        ORDER BY participant_id FOR UPDATE`,
      [challengeId, ownerIds],
    );
    return rows.map((r) => r.participant_id);
  }

  /**
   * Recomputes the scores of `participantIds` and stores those that changed; a score that rose
   * takes `reachedAt` of its participant (the time of the event that raised it). Answers the ids
   * whose score changed.
   */
  async refresh(
    manager: EntityManager,
    challenge: Pick<Challenge, 'id' | 'metric' | 'kind' | 'filter' | 'startsAt' | 'endsAt'>,
    participantIds: readonly string[],
    reachedAt: (participantId: string) => Date,
  ): Promise<string[]> {
    if (participantIds.length === 0) return [];
    const values = await this.metrics.values(manager, {
      metric: challenge.metric,
      scope: challenge.kind === 'TEAM' ? 'PARTNER' : 'USER',
      ownerIds: participantIds,
      filter: challenge.filter ?? undefined,
      ...challengeDays(challenge.startsAt, challenge.endsAt),
    });
    const ids = [...values.keys()];
    // TypeORM answers an UPDATE with [rows, count].
    const [rows]: [{ participant_id: string }[], number] = await manager.query(
      `UPDATE challenge_scores s
          SET score = v.score, reached_at = CASE WHEN v.score > s.score THEN v.reached_at ELSE s.reached_at END
         FROM unnest($2::uuid[], $3::numeric[], $4::timestamptz[]) AS v(participant_id, score, reached_at)
        WHERE s.challenge_id = $1 AND s.participant_id = v.participant_id AND s.score <> v.score
        RETURNING s.participant_id`,
      [challenge.id, ids, ids.map((id) => String(values.get(id) ?? 0)), ids.map((id) => reachedAt(id).toISOString())],
    );
    return rows.map((r) => r.participant_id);
  }

  /**
   * How many participants are strictly ahead of each given one in its league: higher score, or the
   * same score reached earlier, or reached at the same instant with a smaller id. Two index range
   * counts per participant over (challenge_id, league, score DESC, reached_at, participant_id).
   */
  async standings(manager: EntityManager, challengeId: string, participantIds: readonly string[]): Promise<Map<string, Standing>> {
    if (participantIds.length === 0) return new Map();
    const rows: { participant_id: string; partner_id: string; ahead: number }[] = await manager.query(
      `SELECT me.participant_id, me.partner_id,
              ((SELECT count(*) FROM challenge_scores s
                 WHERE s.challenge_id = me.challenge_id AND s.league = me.league AND s.score > me.score)
             + (SELECT count(*) FROM challenge_scores s
                 WHERE s.challenge_id = me.challenge_id AND s.league = me.league AND s.score = me.score
                   AND (s.reached_at, s.participant_id) < (me.reached_at, me.participant_id)))::int AS ahead
         FROM challenge_scores me WHERE me.challenge_id = $1 AND me.participant_id = ANY($2::uuid[])`,
      [challengeId, participantIds],
    );
    return new Map(rows.map((r) => [r.participant_id, { participantId: r.participant_id, partnerId: r.partner_id, ahead: r.ahead }]));
  }
}

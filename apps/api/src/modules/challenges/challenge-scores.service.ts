import { Injectable } from '@nestjs/common';
import { challengeDays } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { MetricsService } from '../activity/metrics.service';
import { Challenge } from './challenge.entity';

/** A participant whose score changed in a batch, with its place before (score and tie-break). */
export interface ScoreMove {
  participantId: string;
  partnerId: string;
  before: number;
  after: number;
}

/** A participant that overtook others, and how many (`more`: at least that many). */
export interface PlacesGained {
  participantId: string;
  partnerId: string;
  gained: number;
  more: boolean;
}

/** Beyond this, a notice says "more than": the exact figure would cost a count as long as the board. */
export const PLACES_COUNTED_AT_MOST = 1000;

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
   * takes `reachedAt` of its participant (the time of the event that raised it). Answers the
   * changes, with the score each participant had before (read from the row as it was, through the
   * self-join).
   */
  async refresh(
    manager: EntityManager,
    challenge: Pick<Challenge, 'id' | 'metric' | 'kind' | 'filter' | 'startsAt' | 'endsAt'>,
    participantIds: readonly string[],
    reachedAt: (participantId: string) => Date,
  ): Promise<ScoreMove[]> {
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
    const [rows]: [{ participant_id: string; partner_id: string; before: number; after: number }[], number] = await manager.query(
      `UPDATE challenge_scores s
          SET score = v.score, reached_at = CASE WHEN v.score > s.score THEN v.reached_at ELSE s.reached_at END
         FROM unnest($2::uuid[], $3::numeric[], $4::timestamptz[]) AS v(participant_id, score, reached_at), challenge_scores old
        WHERE s.challenge_id = $1 AND s.participant_id = v.participant_id AND s.score <> v.score
          AND old.challenge_id = s.challenge_id AND old.participant_id = s.participant_id
        RETURNING s.participant_id, s.partner_id, old.score::float8 AS before, s.score::float8 AS after`,
      [challenge.id, ids, ids.map((id) => String(values.get(id) ?? 0)), ids.map((id) => reachedAt(id).toISOString())],
    );
    return rows.map((r) => ({ participantId: r.participant_id, partnerId: r.partner_id, before: r.before, after: r.after }));
  }

  /**
   * How many participants each rising score overtook: those whose score lies strictly between its
   * old score and its new one, in its league, counted up to PLACES_COUNTED_AT_MOST. Those tied with
   * the old score are not counted: on a fresh board that is everyone still at 0, and passing them is
   * not news. A range count over the board's index, as short as the gain and never longer than the
   * cap, where everyone's rank before and after would read the board for each of hundreds of movers.
   */
  async placesGained(manager: EntityManager, challengeId: string, moves: readonly ScoreMove[]): Promise<PlacesGained[]> {
    const rising = moves.filter((m) => m.after > m.before);
    if (rising.length === 0) return [];
    const rows: { participant_id: string; partner_id: string; gained: number }[] = await manager.query(
      `SELECT me.participant_id, me.partner_id,
              (SELECT count(*) FROM (SELECT 1 FROM challenge_scores s
                WHERE s.challenge_id = me.challenge_id AND s.league = me.league
                  AND s.score > m.before AND s.score < me.score LIMIT $4) passed)::int AS gained
         FROM unnest($2::uuid[], $3::numeric[]) AS m(participant_id, before)
         JOIN challenge_scores me ON me.challenge_id = $1 AND me.participant_id = m.participant_id`,
      [challengeId, rising.map((m) => m.participantId), rising.map((m) => String(m.before)), PLACES_COUNTED_AT_MOST + 1],
    );
    return rows
      .filter((r) => r.gained > 0)
      .map((r) => ({ participantId: r.participant_id, partnerId: r.partner_id, gained: Math.min(r.gained, PLACES_COUNTED_AT_MOST), more: r.gained > PLACES_COUNTED_AT_MOST }));
  }
}

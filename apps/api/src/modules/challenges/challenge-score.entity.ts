import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A participant's standing, kept current by the activity listener so a leaderboard page is an
 * index range read, never an aggregation of declaration lines. Ties: the earlier reached_at ranks
 * first (who got to the score first), then the participant id.
 */
@Entity('challenge_scores')
// (challenge_id, league, score DESC, reached_at, participant_id), written by hand in the migration:
// TypeORM cannot declare a descending column, so the generator is told to leave this index alone.
@Index('IDX_challenge_scores_board', { synchronize: false })
// (challenge_id, score DESC, reached_at, participant_id) INCLUDE (partner_id) WHERE score > 0, by hand in migration
// ChallengeRankIndex: the whole challenge in leaderboard order across leagues, for the dashboards' podium in a scope.
@Index('IDX_challenge_scores_rank', { synchronize: false })
// (partner_id, challenge_id) INCLUDE (score), by hand in migration SegmentCoveringIndexes: a segment's
// challenge counts read only its partners' scores.
@Index('IDX_challenge_scores_partner', { synchronize: false })
export class ChallengeScore {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  /** The partner (TEAM) or the user (INDIVIDUAL). */
  @PrimaryColumn({ type: 'uuid' })
  participantId!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  /** '' without leagues; else the tier id, region or potential fixed when the participant joined. */
  @Column({ type: 'text', default: '' })
  league!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  score!: string;

  /** When the score last rose: the tie-break. */
  @Column({ type: 'timestamptz' })
  reachedAt!: Date;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  /** The last rank-gained notification, so a participant hears at most one per hour per challenge. */
  @Column({ type: 'timestamptz', nullable: true })
  rankNotifiedAt!: Date | null;
}

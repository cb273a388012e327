import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many participants of a league have a score in each bucket, kept by triggers on
 * challenge_scores (migration AddChallengeScoreBuckets), whatever statement moves a score. A rank
 * then adds up the buckets above the reader's (a few hundred rows at most) and counts rows only
 * within the reader's own bucket, instead of counting every row ahead: the read stays short at
 * 100,000 participants. Buckets: one per whole point below 100, then 2 % wide (challenge_score_bucket).
 */
@Entity('challenge_score_buckets')
export class ChallengeScoreBucket {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @PrimaryColumn({ type: 'text' })
  league!: string;

  @PrimaryColumn({ type: 'int' })
  bucket!: number;

  @Column({ type: 'int', default: 0 })
  participants!: number;
}

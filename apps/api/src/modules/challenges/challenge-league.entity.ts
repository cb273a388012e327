import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many take part in each league of a challenge, counted as participants join, so "rank 12 of
 * N" and the list of leagues are one-row reads instead of counting a board of 100,000 rows each time
 * a live page refetches.
 */
@Entity('challenge_leagues')
export class ChallengeLeague {
  @PrimaryColumn({ type: 'uuid' })
  challengeId!: string;

  @PrimaryColumn({ type: 'text' })
  league!: string;

  @Column({ type: 'int', default: 0 })
  participants!: number;
}

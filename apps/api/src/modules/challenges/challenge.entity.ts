import type { ChallengeKind, ChallengeLeagueBy, ChallengePrize, ChallengePrizeMode, ChallengeStatus, Metric, MetricFilter } from '@relais/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface LocalizedText {
  en: string;
  fr: string;
}

@Entity('challenges')
@Index('IDX_challenges_status_starts', ['status', 'startsAt'])
export class Challenge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  rules!: LocalizedText;

  @Column({ type: 'text' })
  metric!: Metric;

  @Column({ type: 'jsonb', nullable: true })
  filter!: MetricFilter | null;

  /** Null: every partner in the creator's scope. */
  @Column({ type: 'uuid', nullable: true })
  segmentId!: string | null;

  @Column({ type: 'text' })
  kind!: ChallengeKind;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  prizeMode!: ChallengePrizeMode;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  prizes!: ChallengePrize[];

  @Column({ type: 'text', default: 'NONE' })
  leagueBy!: ChallengeLeagueBy;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: ChallengeStatus;

  /**
   * Set when a channel manager created it: only the partners they look after take part, and only
   * they (and brand admins) manage it.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  managerId!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

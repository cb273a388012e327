import type { QuizAnswer, QuizAttemptStatus } from '@relais/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { Quiz } from './quiz.entity';

/**
 * One try of a user at a quiz. `number` is unique per user and quiz, and at most one attempt is
 * OPEN at a time, so two starts at once can neither exceed the limit nor open two attempts;
 * `firstPass` marks the one attempt that paid, unique per user and quiz.
 */
@Entity('quiz_attempts')
@Index(['quizId', 'userId', 'number'], { unique: true })
@Index('quiz_attempts_one_open', ['quizId', 'userId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('quiz_attempts_one_first_pass', ['quizId', 'userId'], { unique: true, where: '"first_pass"' })
export class QuizAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  quizId!: string;

  @ManyToOne(() => Quiz, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'quiz_id' })
  quiz?: Quiz;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => Partner, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner?: Partner;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text', default: 'OPEN' })
  status!: QuizAttemptStatus;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  /** Set when the quiz has a time limit. */
  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt!: Date | null;

  /** When it was submitted, or found expired. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  answers!: QuizAnswer[] | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  correctQuestionIds!: string[];

  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @Column({ type: 'boolean', default: false })
  passed!: boolean;

  @Column({ type: 'boolean', default: false })
  firstPass!: boolean;

  @Column({ type: 'int', default: 0 })
  pointsAwarded!: number;
}

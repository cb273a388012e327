import type { QuizStatus } from '@relais/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface StoredQuizOption {
  id: string;
  labelEn: string;
  labelFr: string;
  correct: boolean;
}

export interface StoredQuizQuestion {
  id: string;
  textEn: string;
  textFr: string;
  explanationEn: string;
  explanationFr: string;
  multiple: boolean;
  options: StoredQuizOption[];
}

/**
 * A quiz and its questions. The questions live in one jsonb document with ids given at save time:
 * they are always read and written whole, and once someone has attempted the quiz they are frozen
 * (see QuizzesService.update), so the ids every attempt and statistic refers to never change meaning.
 */
@Entity('quizzes')
export class Quiz {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  titleEn!: string;

  @Column({ type: 'text' })
  titleFr!: string;

  @Column({ type: 'text', default: '' })
  introEn!: string;

  @Column({ type: 'text', default: '' })
  introFr!: string;

  @Column({ type: 'jsonb' })
  questions!: StoredQuizQuestion[];

  /** Whole percent of questions to answer right. */
  @Column({ type: 'int' })
  passMark!: number;

  @Column({ type: 'int', nullable: true })
  maxAttempts!: number | null;

  @Column({ type: 'int', nullable: true })
  cooldownMinutes!: number | null;

  @Column({ type: 'int', nullable: true })
  timeLimitSeconds!: number | null;

  /** Paid on each user's first pass only. */
  @Column({ type: 'int', default: 0 })
  points!: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status!: QuizStatus;

  /** Knowledge-base articles to study first, in the author's order. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  articleIds!: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

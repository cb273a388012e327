import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Segment } from '../segments/segment.entity';
import { Quiz } from './quiz.entity';

/** A segment a quiz is open to; a quiz with none is open to every partner. */
@Entity('quiz_segments')
export class QuizSegment {
  @PrimaryColumn({ type: 'uuid' })
  quizId!: string;

  @PrimaryColumn({ type: 'uuid' })
  segmentId!: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id' })
  quiz?: Quiz;

  // Deleting a segment must not silently open its quizzes to everyone.
  @ManyToOne(() => Segment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Segment;
}

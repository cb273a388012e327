import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuizAttemptStatus, QuizTakerState } from '@relais/domain';

import { QuizAttemptStatusEnum, QuizTakerStateEnum } from './quiz.enums';
import { QuizQuestionFields, QuizRulesFields } from './quiz-fields.type';

/*
 * Types for partner users taking quizzes. They have no field for right answers or explanations, so
 * no query can ask for them before submission; QuizQuestionResult carries them after it.
 */

@ObjectType('QuizOptionToTake')
export class QuizOptionToTakeType {
  @Field(() => ID)
  id!: string;

  @Field()
  labelEn!: string;

  @Field()
  labelFr!: string;
}

@ObjectType('QuizQuestionToTake')
export class QuizQuestionToTakeType extends QuizQuestionFields {
  @Field(() => [QuizOptionToTakeType])
  options!: QuizOptionToTakeType[];
}

@ObjectType('QuizQuestionResult', { description: 'One question after submission: what was chosen, what was right, and why.' })
export class QuizQuestionResultType {
  @Field(() => ID)
  questionId!: string;

  @Field()
  correct!: boolean;

  @Field(() => [ID])
  chosenOptionIds!: string[];

  @Field(() => [ID])
  rightOptionIds!: string[];

  @Field()
  explanationEn!: string;

  @Field()
  explanationFr!: string;
}

@ObjectType('QuizAttempt')
export class QuizAttemptType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  quizId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => QuizAttemptStatusEnum)
  status!: QuizAttemptStatus;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the time allowed ends (quizzes with a time limit).' })
  deadlineAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => [QuizQuestionToTakeType])
  questions!: QuizQuestionToTakeType[];

  @Field(() => Int, { nullable: true, description: 'Percent of questions answered right, once submitted.' })
  score!: number | null;

  @Field()
  passed!: boolean;

  @Field(() => Int, { description: 'Points this attempt paid (only a first pass pays).' })
  pointsAwarded!: number;

  @Field(() => [QuizQuestionResultType], { nullable: true, description: 'Right answers and explanations; null until submitted.' })
  results!: QuizQuestionResultType[] | null;
}

@ObjectType('QuizStanding', { description: 'Where the viewer stands with a quiz.' })
export class QuizStandingType {
  @Field(() => QuizTakerStateEnum)
  state!: QuizTakerState;

  @Field(() => Int)
  attemptsUsed!: number;

  @Field(() => Int, { nullable: true, description: 'Null when attempts are unlimited.' })
  attemptsLeft!: number | null;

  @Field(() => Int, { nullable: true })
  bestScore!: number | null;

  @Field(() => Int)
  pointsEarned!: number;

  @Field(() => Date, { nullable: true, description: 'The cool-down after the last attempt ends then.' })
  nextAttemptAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'An attempt started and still in time, to resume.' })
  openAttemptId!: string | null;
}

@ObjectType('QuizArticle', { description: 'A knowledge-base article to study first, one the viewer may read.' })
export class QuizArticleType {
  @Field(() => ID)
  id!: string;

  @Field()
  titleEn!: string;

  @Field()
  titleFr!: string;
}

/** A published quiz open to the viewer's partner, without its questions (they come with an attempt). */
@ObjectType('QuizToTake')
export class QuizToTakeType extends QuizRulesFields {
  @Field(() => Int)
  questionCount!: number;

  @Field(() => QuizStandingType)
  standing!: QuizStandingType;

  @Field(() => [QuizArticleType], { description: 'Linked articles the viewer may read now (others are left out).' })
  articles!: QuizArticleType[];
}

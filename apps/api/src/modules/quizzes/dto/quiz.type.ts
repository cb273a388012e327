import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { QuizStatus } from '@relais/domain';

import { QuizStatusEnum } from './quiz.enums';
import { QuizQuestionFields, QuizRulesFields } from './quiz-fields.type';
import { QuizOptionToTakeType } from './quiz-taking.type';

@ObjectType('QuizOption', { description: 'An option as its author sees it, with whether it is right.' })
export class QuizOptionType extends QuizOptionToTakeType {
  @Field()
  correct!: boolean;
}

@ObjectType('QuizQuestion', { description: 'A question as its author sees it (brand roles only).' })
export class QuizQuestionType extends QuizQuestionFields {
  @Field()
  explanationEn!: string;

  @Field()
  explanationFr!: string;

  @Field(() => [QuizOptionType])
  options!: QuizOptionType[];
}

/** A quiz as authors see it: right answers included, so only brand roles ever receive this type. */
@ObjectType('Quiz')
export class QuizType extends QuizRulesFields {
  @Field(() => [QuizQuestionType])
  questions!: QuizQuestionType[];

  @Field(() => QuizStatusEnum)
  status!: QuizStatus;

  @Field(() => [ID])
  segmentIds!: string[];

  @Field(() => [ID])
  articleIds!: string[];

  @Field(() => Int, { description: 'Attempts made so far; once there is one, the questions are frozen.' })
  attemptCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('QuizQuestionStatistics')
export class QuizQuestionStatisticsType {
  @Field(() => ID)
  questionId!: string;

  @Field()
  textEn!: string;

  @Field()
  textFr!: string;

  @Field(() => Int, { description: 'Submitted attempts (each answers every question, a blank counting as wrong).' })
  answered!: number;

  @Field(() => Int)
  correct!: number;

  @Field(() => Float, { nullable: true, description: 'correct / answered, 0 to 1; null before any submission.' })
  successRate!: number | null;
}

/** Figures over closed attempts (submitted or expired) by the users within the viewer's scope. */
@ObjectType('QuizStatistics')
export class QuizStatisticsType {
  @Field(() => ID)
  quizId!: string;

  @Field(() => Int, { description: 'Closed attempts: submitted or expired.' })
  attempts!: number;

  @Field(() => Int, { description: 'Distinct users with a closed attempt.' })
  takers!: number;

  @Field(() => Int, { description: 'Distinct users who passed.' })
  passedTakers!: number;

  @Field(() => Float, { nullable: true, description: 'Passed attempts / attempts, 0 to 1.' })
  passRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score (percent) of submitted attempts.' })
  averageScore!: number | null;

  @Field(() => [QuizQuestionStatisticsType])
  questions!: QuizQuestionStatisticsType[];
}

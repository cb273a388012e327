import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';

@InputType('QuizOptionInput')
export class QuizOptionInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelEn!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelFr!: string;

  @Field()
  @IsBoolean()
  correct!: boolean;
}

/** Counts of options and right answers are checked by quizQuestionProblems, so each problem names its question. */
@InputType('QuizQuestionInput')
export class QuizQuestionInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  textEn!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  textFr!: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  explanationEn!: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  explanationFr!: string;

  @Field({ description: 'Several right answers may be chosen (check boxes) rather than one (radio buttons).' })
  @IsBoolean()
  multiple!: boolean;

  @Field(() => [QuizOptionInput])
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QuizOptionInput)
  options!: QuizOptionInput[];
}

/** A quiz, created or replaced whole. */
@InputType('QuizInput')
export class QuizInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  titleEn!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  titleFr!: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(4000)
  introEn!: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(4000)
  introFr!: string;

  @Field(() => [QuizQuestionInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuizQuestionInput)
  questions!: QuizQuestionInput[];

  @Field(() => Int, { description: 'Percent of questions to answer right, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  passMark!: number;

  @Field(() => Int, { nullable: true, description: 'Attempts allowed per user; none means unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxAttempts?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes to wait after an attempt before the next one.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(525_600)
  cooldownMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Seconds allowed from the start of an attempt.' })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(86_400)
  timeLimitSeconds?: number | null;

  @Field(() => Int, { description: "Points paid on a user's first pass." })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  points!: number;

  @Field(() => [ID], { defaultValue: [], description: 'None: open to every partner.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  segmentIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Knowledge-base articles to study first.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  articleIds!: string[];
}

@InputType('QuizAnswerInput')
export class QuizAnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  optionIds!: string[];
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** What authors and takers both read of a quiz: its texts and rules, never its answers. */
@ObjectType({ isAbstract: true })
export abstract class QuizRulesFields {
  @Field(() => ID)
  id!: string;

  @Field()
  titleEn!: string;

  @Field()
  titleFr!: string;

  @Field()
  introEn!: string;

  @Field()
  introFr!: string;

  @Field(() => Int)
  passMark!: number;

  @Field(() => Int, { nullable: true })
  maxAttempts!: number | null;

  @Field(() => Int, { nullable: true })
  cooldownMinutes!: number | null;

  @Field(() => Int, { nullable: true })
  timeLimitSeconds!: number | null;

  @Field(() => Int)
  points!: number;
}

/** A question's texts, without its options (each side adds the options it may see). */
@ObjectType({ isAbstract: true })
export abstract class QuizQuestionFields {
  @Field(() => ID)
  id!: string;

  @Field()
  textEn!: string;

  @Field()
  textFr!: string;

  @Field({ description: 'Several options may be chosen.' })
  multiple!: boolean;
}

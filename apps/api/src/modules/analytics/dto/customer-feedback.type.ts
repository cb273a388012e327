import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { PeriodOverviewType } from './period-overview.type';

@ObjectType('FeedbackRatingFigures')
export class FeedbackRatingFiguresType {
  @Field(() => Int, { description: 'Counted declarations with a rating.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Average rating (1 to 5); null without any rating.' })
  average!: number | null;
}

@ObjectType('FeedbackRatingPoint')
export class FeedbackRatingPointType extends FeedbackRatingFiguresType {
  @Field({ description: 'First day of the month of sale (YYYY-MM-DD).' })
  period!: string;
}

@ObjectType('FeedbackRatingCount')
export class FeedbackRatingCountType {
  @Field(() => Int, { description: '1 to 5.' })
  rating!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  previousCount!: number;
}

@ObjectType('FeedbackTagRow')
export class FeedbackTagRowType {
  @Field()
  tag!: string;

  @Field(() => Int, { description: 'Counted declarations of the period carrying the tag.' })
  count!: number;

  @Field(() => Int)
  previousCount!: number;
}

/** An end customer's words: personal data, shown to brand admins and to the partner's channel manager only. */
@ObjectType('FeedbackComment')
export class FeedbackCommentType {
  @Field(() => ID)
  declarationId!: string;

  @Field(() => Int, { nullable: true })
  rating!: number | null;

  @Field()
  comment!: string;

  @Field(() => [String])
  tags!: string[];

  @Field(() => ID)
  partnerId!: string;

  @Field()
  partnerName!: string;

  @Field({ description: 'Day of sale (YYYY-MM-DD).' })
  date!: string;
}

/**
 * Customer feedback of the declarations the sell-out counts (approved, not reversed), in their month
 * of sale, beside the previous period.
 */
@ObjectType('CustomerFeedbackOverview')
export class CustomerFeedbackType extends PeriodOverviewType({
  name: 'ratings',
  figures: FeedbackRatingFiguresType,
  point: FeedbackRatingPointType,
  series: 'Every month of the period.',
}) {
  @Field(() => [FeedbackRatingCountType], { description: 'Ratings 5 down to 1.' })
  distribution!: FeedbackRatingCountType[];

  @Field(() => [FeedbackTagRowType], { description: 'The most frequent tags of the period (at most 10), most frequent first.' })
  tags!: FeedbackTagRowType[];

  @Field(() => [FeedbackCommentType], { description: 'The latest comments of the period by day of sale (at most 20).' })
  comments!: FeedbackCommentType[];
}

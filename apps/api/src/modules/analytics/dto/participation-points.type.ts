import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { PeriodOverviewType } from './period-overview.type';

@ObjectType('ParticipationFigures')
export class ParticipationFiguresType {
  @Field(() => Int, { description: 'Partners that earned points in the period (a declaration approved, a quiz passed, a badge, a stage, a prize, an objective), on their own wallet or a user\'s.' })
  active!: number;

  @Field(() => Int, { description: 'Partners in scope that existed at the end of the period.' })
  partners!: number;
}

@ObjectType('ParticipationPoint')
export class ParticipationPointType extends ParticipationFiguresType {
  @Field({ description: 'First day of the month (YYYY-MM-DD).' })
  period!: string;
}

@ObjectType('SegmentParticipation')
export class SegmentParticipationType extends ParticipationFiguresType {
  @Field(() => ID)
  segmentId!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  previousActive!: number;

  @Field(() => Int)
  previousPartners!: number;
}

/** Partners active over partners in scope, with the previous period of as many months. */
@ObjectType('ParticipationOverview')
export class ParticipationOverviewType extends PeriodOverviewType({
  name: 'totals',
  figures: ParticipationFiguresType,
  point: ParticipationPointType,
  series: 'Every month of the period: partners active in that month over partners existing at its end.',
}) {
  @Field(() => [SegmentParticipationType], { description: 'Each segment (a partner counts in every segment whose criteria it meets now).' })
  bySegment!: SegmentParticipationType[];
}

@ObjectType('PointsFigures')
export class PointsFiguresType {
  @Field(() => Float, { description: 'Earning credits and positive adjustments, less what reversals took back from them.' })
  issued!: number;

  @Field(() => Float, { description: 'Redemptions less refunds.' })
  redeemed!: number;

  @Field(() => Float)
  expired!: number;

  @Field(() => Float, { description: 'Negative manual adjustments.' })
  withdrawn!: number;

  @Field(() => Float, { description: 'Points held in the wallets at the end of the period (the programme\'s liability), pending ones included.' })
  outstanding!: number;

  @Field(() => Float, { description: 'Of the outstanding points, those still held for the return window at the end of the period.' })
  pending!: number;
}

@ObjectType('PointsPoint')
export class PointsPointType extends PointsFiguresType {
  @Field({ description: 'First day of the month (YYYY-MM-DD); outstanding and pending at its end.' })
  period!: string;
}

/** The programme's points: issued, redeemed, expired in the period, outstanding at its end. */
@ObjectType('PointsOverview')
export class PointsOverviewType extends PeriodOverviewType({
  name: 'totals',
  figures: PointsFiguresType,
  point: PointsPointType,
  series: 'Every month of the period, zeros included.',
}) {}

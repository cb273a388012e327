import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BadgeIcon, BadgeRepeat, BadgeWindow, CalendarPeriod, Metric, MetricScope } from '@relais/domain';

import { MetricEnum, MetricScopeEnum } from '../../../core/graphql/enums';
import { BadgeIconEnum, BadgeRepeatEnum, BadgeWindowEnum, CalendarPeriodEnum } from './badge.enums';

@ObjectType('Badge')
export class BadgeType {
  @Field(() => ID)
  id!: string;

  @Field()
  nameEn!: string;

  @Field()
  nameFr!: string;

  @Field()
  descriptionEn!: string;

  @Field()
  descriptionFr!: string;

  @Field(() => BadgeIconEnum)
  icon!: BadgeIcon;

  @Field(() => MetricEnum)
  metric!: Metric;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => [ID], { nullable: true })
  productIds!: string[] | null;

  @Field(() => MetricScopeEnum)
  scope!: MetricScope;

  @Field(() => Float)
  threshold!: number;

  @Field(() => BadgeWindowEnum)
  window!: BadgeWindow;

  @Field(() => Int, { nullable: true })
  windowDays!: number | null;

  @Field(() => BadgeRepeatEnum)
  repeat!: BadgeRepeat;

  @Field(() => CalendarPeriodEnum, { nullable: true })
  period!: CalendarPeriod | null;

  @Field(() => Int)
  points!: number;

  @Field(() => ID, { nullable: true })
  rewardItemId!: string | null;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: 'Awards of this badge so far (brand side).' })
  earnedCount!: number;
}

/** One badge as the viewer stands with it: earned (when, how often) or its progress in the current window. */
@ObjectType('MyBadge')
export class MyBadgeType {
  @Field(() => BadgeType)
  badge!: BadgeType;

  @Field({ description: 'Earned for the current rule: for ever (ONCE) or in the current period.' })
  earned!: boolean;

  @Field(() => Date, { nullable: true, description: 'The latest award.' })
  lastEarnedAt!: Date | null;

  @Field(() => Int, { description: 'Awards so far (several for a badge earned once per period).' })
  timesEarned!: number;

  @Field(() => Float, { description: "The metric's value in the badge's window today." })
  value!: number;
}

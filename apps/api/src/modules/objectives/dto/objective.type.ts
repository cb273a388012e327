import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Metric, MetricScope, ObjectiveStatus } from '@relais/domain';

import { MetricEnum, MetricScopeEnum } from '../../../core/graphql/enums';
import { ObjectiveStatusEnum } from './objective.enums';

@ObjectType('Objective')
export class ObjectiveType {
  @Field(() => ID)
  id!: string;

  @Field(() => MetricScopeEnum)
  scope!: MetricScope;

  @Field(() => ID)
  partnerId!: string;

  @Field()
  partnerName!: string;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => String, { nullable: true })
  userName!: string | null;

  @Field(() => MetricEnum)
  metric!: Metric;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => [ID], { nullable: true })
  productIds!: string[] | null;

  @Field(() => Float)
  target!: number;

  @Field()
  startDay!: string;

  @Field()
  endDay!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => ObjectiveStatusEnum)
  status!: ObjectiveStatus;

  @Field(() => Float, { description: 'Progress: the metric over the objective’s days so far.' })
  value!: number;

  @Field(() => Float, { description: 'What is left to reach the target (0 once reached).' })
  remaining!: number;

  @Field(() => Date, { nullable: true })
  reachedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ObjectivePage')
export class ObjectivePageType {
  @Field(() => [ObjectiveType])
  items!: ObjectiveType[];

  @Field(() => Int)
  total!: number;
}

@ObjectType('SegmentObjectivesResult')
export class SegmentObjectivesResult {
  @Field(() => Int, { description: 'Objectives created: one per partner of the segment in your scope.' })
  created!: number;
}

@ObjectType('ObjectiveSettings')
export class ObjectiveSettingsType {
  @Field(() => Int)
  nudgePercent!: number;
}

import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Metric, MetricScope, Stage, StageWindow } from '@relais/domain';

import { MetricEnum, MetricScopeEnum, StageEnum } from '../../../core/graphql/enums';
import { StageWindowEnum } from './stage.enums';

@ObjectType('StageCriterion')
export class StageCriterionType {
  @Field(() => ID)
  id!: string;

  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => MetricEnum)
  metric!: Metric;

  @Field(() => MetricScopeEnum, { description: 'PARTNER: the partner total; USER: at least one user of the partner reaches it alone.' })
  scope!: MetricScope;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => [ID])
  productIds!: string[];

  @Field(() => Float)
  threshold!: number;

  @Field(() => StageWindowEnum)
  window!: StageWindow;

  @Field(() => Int, { nullable: true })
  windowDays!: number | null;
}

@ObjectType('StageConfig')
export class StageConfigType {
  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => Int, { description: "Paid once to the partner's wallet on completion." })
  points!: number;

  @Field(() => [StageCriterionType])
  criteria!: StageCriterionType[];
}

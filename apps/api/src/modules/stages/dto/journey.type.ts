import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Stage, StageStatus } from '@relais/domain';

import { StageEnum } from '../../../core/graphql/enums';
import { StageStatusEnum } from './stage.enums';
import { StageCriterionType } from './stage-config.type';

@ObjectType('CriterionProgress')
export class CriterionProgressType {
  @Field(() => StageCriterionType)
  criterion!: StageCriterionType;

  @Field(() => Float, { description: 'The metric over the window now (for USER scope, the best user).' })
  value!: number;

  @Field(() => Float, { description: 'What is missing to reach the threshold; 0 once met.' })
  missing!: number;

  @Field()
  met!: boolean;
}

@ObjectType('JourneyStage')
export class JourneyStageType {
  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => StageStatusEnum)
  status!: StageStatus;

  @Field(() => Int)
  points!: number;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => [CriterionProgressType])
  criteria!: CriterionProgressType[];
}

@ObjectType('Journey')
export class JourneyType {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => StageEnum, { nullable: true, description: 'The first stage not completed; null once the journey is done.' })
  currentStage!: Stage | null;

  @Field(() => [JourneyStageType], { description: 'The four stages, in order.' })
  stages!: JourneyStageType[];
}

@ObjectType('StageFunnelStep')
export class StageFunnelStepType {
  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => Int, { description: 'Partners whose current stage this is.' })
  current!: number;

  @Field(() => Int, { description: 'Partners who completed this stage.' })
  completed!: number;
}

@ObjectType('StageFunnel')
export class StageFunnelType {
  @Field(() => ID, { nullable: true })
  segmentId!: string | null;

  @Field(() => Int, { description: 'Partners counted (in the caller scope and the segment).' })
  total!: number;

  @Field(() => [StageFunnelStepType])
  steps!: StageFunnelStepType[];
}

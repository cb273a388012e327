import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Stage } from '@relais/domain';

import { StageEnum } from '../../../core/graphql/enums';

@ObjectType('StageFunnelOverviewStep')
export class StageFunnelOverviewStepType {
  @Field(() => StageEnum)
  stage!: Stage;

  @Field(() => Int, { description: 'Partners in scope that had completed the stage at the end of the period.' })
  reached!: number;

  @Field(() => Int, { description: 'The same at the end of the previous period.' })
  previousReached!: number;

  @Field(() => Int, { description: 'Partners in scope that completed the stage during the period.' })
  reachedInPeriod!: number;

  @Field(() => Int)
  previousReachedInPeriod!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'At the end of the period, the share (0 to 1) of the partners at the step before (joined, for the first stage) that completed this one; null when none was there.',
  })
  conversion!: number | null;

  @Field(() => Float, { nullable: true })
  previousConversion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median time in seconds from the step before (joining, for the first stage) to this stage, for the partners that completed it during the period; null when none did.',
  })
  medianSecondsFromPrevious!: number | null;

  @Field(() => Float, { nullable: true })
  previousMedianSecondsFromPrevious!: number | null;
}

/** How far the partners in scope went through the journey's stages, beside the previous period. */
@ObjectType('StageFunnelOverview')
export class StageFunnelOverviewType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  previousFrom!: string;

  @Field(() => Int, { description: 'Partners in scope that had joined by the end of the period (the funnel\'s entry).' })
  partners!: number;

  @Field(() => Int)
  previousPartners!: number;

  @Field(() => Int, { description: 'Partners in scope that joined during the period.' })
  joinedInPeriod!: number;

  @Field(() => Int)
  previousJoinedInPeriod!: number;

  @Field(() => [StageFunnelOverviewStepType], { description: 'The four stages, in journey order.' })
  steps!: StageFunnelOverviewStepType[];
}

import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { OBJECTIVE_STATUSES, ObjectiveStatus } from '@relais/domain';
import { IsIn, IsInt, IsISO8601, IsOptional, IsPositive, IsUUID, Matches, Max, Min } from 'class-validator';

import { MetricRuleFields } from '../../activity/dto/metric-rule.input';
import { ObjectiveStatusEnum } from './objective.enums';

const DATE = { strict: true, strictSeparator: true } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What every objective says, whoever it is for. */
@InputType({ isAbstract: true })
export class ObjectiveFields extends MetricRuleFields {
  @Field(() => Float)
  @IsPositive()
  @Max(1_000_000_000)
  target!: number;

  @Field({ description: 'YYYY-MM-DD, included.' })
  @IsISO8601(DATE)
  @Matches(DAY)
  startDay!: string;

  @Field({ description: 'YYYY-MM-DD, included; not before startDay.' })
  @IsISO8601(DATE)
  @Matches(DAY)
  endDay!: string;

  @Field(() => Int, { description: 'Paid once when the target is reached.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  points!: number;
}

/** One objective: for a partner (partnerId) or for one of its users (userId), not both. */
@InputType('ObjectiveInput')
export class ObjectiveInput extends ObjectiveFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string | null;
}

/** The same objective for every partner of a segment (within the caller's scope). */
@InputType('SegmentObjectivesInput')
export class SegmentObjectivesInput extends ObjectiveFields {
  @Field(() => ID)
  @IsUUID()
  segmentId!: string;
}

@InputType('ObjectiveFilter')
export class ObjectiveFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => ObjectiveStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(OBJECTIVE_STATUSES)
  status?: ObjectiveStatus | null;
}

@InputType('ObjectiveSettingsInput')
export class ObjectiveSettingsInput {
  @Field(() => Int, { description: 'Progress in % of the target from which owners are nudged (50–99).' })
  @IsInt()
  @Min(50)
  @Max(99)
  nudgePercent!: number;
}

import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Metric, METRICS, OBJECTIVE_STATUSES, ObjectiveStatus } from '@relais/domain';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsPositive, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

import { MetricEnum } from '../../../core/graphql/enums';
import { Trimmed } from '../../../core/validation/decorators';
import { ObjectiveStatusEnum } from './objective.enums';

const DATE = { strict: true, strictSeparator: true } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What every objective says, whoever it is for. */
@InputType({ isAbstract: true })
export class ObjectiveFields {
  @Field(() => MetricEnum)
  @IsIn(METRICS)
  metric!: Metric;

  @Field(() => String, { nullable: true, description: 'Sales metrics only: count this product category.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  category?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Sales metrics only: count these products.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  productIds?: string[] | null;

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

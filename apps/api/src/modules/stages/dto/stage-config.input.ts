import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Metric, METRIC_SCOPES, METRICS, MetricScope, Stage, STAGE_WINDOWS, STAGES,StageWindow } from '@relais/domain';
import { MAX_WINDOW_DAYS } from '@relais/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { MetricEnum, MetricScopeEnum, StageEnum } from '../../../core/graphql/enums';
import { IsDecimal, Trimmed } from '../../../core/validation/decorators';
import { StageWindowEnum } from './stage.enums';

@InputType('StageCriterionInput')
export class StageCriterionInput {
  @Field(() => MetricEnum)
  @IsIn(METRICS)
  metric!: Metric;

  @Field(() => MetricScopeEnum, { nullable: true, description: 'PARTNER when absent.' })
  @IsOptional()
  @IsIn(METRIC_SCOPES)
  scope?: MetricScope;

  @Field(() => String, { nullable: true, description: 'Sales metrics only; not with productIds.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  category?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Sales metrics only; not with category.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  productIds?: string[] | null;

  @Field(() => Float)
  @IsDecimal(2)
  @Min(0.01)
  @Max(1_000_000_000)
  threshold!: number;

  @Field(() => StageWindowEnum)
  @IsIn(STAGE_WINDOWS)
  window!: StageWindow;

  @Field(() => Int, { nullable: true, description: 'Required for a ROLLING window.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW_DAYS)
  windowDays?: number | null;
}

/** A stage's whole configuration at once: its criteria replace the previous ones. */
@InputType('StageConfigInput')
export class StageConfigInput {
  @Field(() => StageEnum)
  @IsIn(STAGES)
  stage!: Stage;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  points!: number;

  @Field(() => [StageCriterionInput])
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => StageCriterionInput)
  criteria!: StageCriterionInput[];
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { Metric, METRICS } from '@relais/domain';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { MetricEnum } from '../../../core/graphql/enums';
import { Trimmed } from '../../../core/validation/decorators';

/** What a definition measures (badges, objectives): a metric, restricted to a category or products. */
@InputType({ isAbstract: true })
export class MetricRuleFields {
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
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

import { ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';
import { SKU_PATTERN } from '../../products/dto/product.input';
import type { RewardCategory, RewardDelivery, RewardLimitPeriod } from '../reward.enums';
import { REWARD_CATEGORIES, REWARD_DELIVERIES, REWARD_LIMIT_PERIODS, RewardCategoryEnum, RewardDeliveryEnum, RewardLimitPeriodEnum } from '../reward.enums';

const MAX_POINTS = 10_000_000;

/** Create and update (update replaces every field). */
@InputType('RewardItemInput')
export class RewardItemInput {
  @Field({ description: 'Trimmed and upper-cased; letters, digits, . _ / -' })
  @ToUpperTrimmed()
  @IsString()
  @MaxLength(64)
  @Matches(SKU_PATTERN)
  sku!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  titleFr!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  titleEn!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  descriptionFr!: string;

  @Field()
  @Trimmed()
  @IsString()
  @MaxLength(5000)
  descriptionEn!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(10)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true })
  imageUrls!: string[];

  @Field(() => RewardCategoryEnum)
  @IsIn(REWARD_CATEGORIES)
  category!: RewardCategory;

  @Field(() => RewardDeliveryEnum)
  @IsIn(REWARD_DELIVERIES)
  delivery!: RewardDelivery;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_POINTS)
  pointsCost!: number;

  @Field(() => Int, { nullable: true, description: 'Null or absent: unlimited.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  stock?: number | null;

  @Field(() => [ID], { description: 'Segments the item is open to; empty: every partner.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  segmentIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Most units one user may order per limitPeriod; null: no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  limitPerUser?: number | null;

  @Field(() => RewardLimitPeriodEnum, { nullable: true, description: 'EVER when absent and a limit is set.' })
  @IsOptional()
  @IsIn(REWARD_LIMIT_PERIODS)
  limitPeriod?: RewardLimitPeriod | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  availableFrom?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  availableTo?: Date | null;
}

@InputType('RewardItemFilter')
export class RewardItemFilter {
  @Field({ nullable: true, description: 'Title (either language) or SKU; case and accents ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => RewardCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(REWARD_CATEGORIES)
  category?: RewardCategory;

  @Field({ nullable: true, description: 'Partner users: cost within my available balance. Ignored for brand users.' })
  @IsOptional()
  @IsBoolean()
  affordable?: boolean;

  @Field(() => Int, { nullable: true, description: 'Created within this many days.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  newSinceDays?: number;

  @Field({ nullable: true, description: 'Brand users only; partner users see active items only.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

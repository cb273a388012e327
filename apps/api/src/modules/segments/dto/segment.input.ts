import { Field, InputType } from '@nestjs/graphql';
import { BRAND_MODELS, BrandModel, PARTNER_TYPES, PartnerType, Potential, POTENTIALS, Stage, STAGES } from '@relais/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { BrandModelEnum, PartnerTypeEnum, PotentialEnum, StageEnum } from '../../../core/graphql/enums';
import { IsCountryCode, ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';

/** Leave an attribute out, or give an empty list, to put no constraint on it. */
@InputType('SegmentCriteriaInput')
export class SegmentCriteriaInput {
  @Field(() => [PartnerTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PARTNER_TYPES.length * 2)
  @IsIn(PARTNER_TYPES, { each: true })
  types?: PartnerType[];

  @Field(() => [BrandModelEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(BRAND_MODELS.length * 2)
  @IsIn(BRAND_MODELS, { each: true })
  brandModels?: BrandModel[];

  @Field(() => [PotentialEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(POTENTIALS.length * 2)
  @IsIn(POTENTIALS, { each: true })
  potentials?: Potential[];

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @ToUpperTrimmed()
  @IsCountryCode({ each: true })
  countries?: string[];

  @Field(() => [String], { nullable: true, description: 'Compared without case.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  regions?: string[];

  @Field(() => [StageEnum], { nullable: true, description: "The partner's current stage." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(STAGES.length * 2)
  @IsIn(STAGES, { each: true })
  stages?: Stage[];

  @Field(() => [String], { nullable: true, description: 'Tier ids.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  tiers?: string[];
}

@InputType('SegmentInput')
export class SegmentInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => SegmentCriteriaInput)
  @ValidateNested()
  @Type(() => SegmentCriteriaInput)
  criteria!: SegmentCriteriaInput;
}

import { Field, InputType } from '@nestjs/graphql';
import { BRAND_MODELS, BrandModel, PARTNER_TYPES, PartnerType, Potential, POTENTIALS } from '@relais/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { BrandModelEnum, PartnerTypeEnum, PotentialEnum } from '../../../core/graphql/enums';
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

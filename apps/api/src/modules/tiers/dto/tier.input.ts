import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { TIER_BASES, TierBasis } from '@relais/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { IsDecimal, Trimmed } from '../../../core/validation/decorators';
import { TierBasisEnum } from './tier.enums';

@InputType('TierInput')
export class TierInput {
  @Field(() => ID, { nullable: true, description: 'An existing tier to keep (segments name tiers by id); absent creates one.' })
  @IsOptional()
  @IsUUID('all')
  id?: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  nameEn!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  nameFr!: string;

  @Field(() => Float)
  @IsDecimal(2)
  @Min(0)
  @Max(1_000_000_000)
  threshold!: number;

  @Field(() => Float)
  @IsDecimal(2)
  @Min(1)
  @Max(10)
  multiplier!: number;
}

/** The whole tier programme at once: tiers left out are deleted (their partners are measured again). */
@InputType('TierProgrammeInput')
export class TierProgrammeInput {
  @Field(() => TierBasisEnum)
  @IsIn(TIER_BASES)
  basis!: TierBasis;

  @Field(() => [TierInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => TierInput)
  tiers!: TierInput[];
}

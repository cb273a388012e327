import { Field, ID, InputType } from '@nestjs/graphql';
import { BRAND_MODELS, BrandModel, PARTNER_TYPES, PartnerType, Potential, POTENTIALS } from '@relais/domain';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { BrandModelEnum, PartnerTypeEnum, PotentialEnum } from '../../../core/graphql/enums';
import { IsCountryCode, ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';

export const PARTNER_CODE_PATTERN = /^[A-Z0-9][A-Z0-9._/-]*$/;

@InputType('CreatePartnerInput')
export class CreatePartnerInput {
  @Field({ description: 'The brand reference (ERP account); trimmed and upper-cased; letters, digits, . _ / -' })
  @ToUpperTrimmed()
  @IsString()
  @MaxLength(40)
  @Matches(PARTNER_CODE_PATTERN)
  code!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name!: string;

  @Field(() => PartnerTypeEnum)
  @IsIn(PARTNER_TYPES)
  type!: PartnerType;

  @Field(() => BrandModelEnum)
  @IsIn(BRAND_MODELS)
  brandModel!: BrandModel;

  @Field(() => PotentialEnum)
  @IsIn(POTENTIALS)
  potential!: Potential;

  @Field({ description: 'ISO 3166-1 alpha-2; upper-cased.' })
  @ToUpperTrimmed()
  @IsCountryCode()
  country!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(120)
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(120)
  city?: string;

  @Field(() => ID, { nullable: true, description: 'BRAND_ADMIN only; a channel manager creating a partner becomes its manager.' })
  @IsOptional()
  @IsUUID('all')
  channelManagerId?: string;
}

@InputType('UpdatePartnerInput')
export class UpdatePartnerInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  name?: string;

  @Field(() => PartnerTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PARTNER_TYPES)
  type?: PartnerType;

  @Field(() => BrandModelEnum, { nullable: true })
  @IsOptional()
  @IsIn(BRAND_MODELS)
  brandModel?: BrandModel;

  @Field(() => PotentialEnum, { nullable: true })
  @IsOptional()
  @IsIn(POTENTIALS)
  potential?: Potential;

  @Field({ nullable: true })
  @IsOptional()
  @ToUpperTrimmed()
  @IsCountryCode()
  country?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(120)
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(120)
  city?: string;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { BRAND_MODELS, BrandModel, PARTNER_TYPES, PartnerType, Potential, POTENTIALS } from '@relais/domain';
import { Locale, LOCALES } from '@relais/i18n';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { BrandModelEnum, LocaleEnum, PartnerTypeEnum, PotentialEnum } from '../../../core/graphql/enums';
import { IsCountryCode, ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';
import { PARTNER_CODE_PATTERN } from '../../partners/dto/partner.input';

@InputType('SubmitApplicationInput')
export class SubmitApplicationInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(160)
  company!: string;

  @Field(() => PartnerTypeEnum)
  @IsIn(PARTNER_TYPES)
  type!: PartnerType;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  @ToUpperTrimmed()
  @IsCountryCode()
  country!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(120)
  city?: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  contactFirstName!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  contactLastName!: string;

  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  contactEmail!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(40)
  @Matches(/^[+0-9 ().-]*$/)
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  message?: string;

  @Field(() => LocaleEnum, { nullable: true, description: 'The language of the answer; French by default.' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

@InputType('AcceptApplicationInput')
export class AcceptApplicationInput {
  @Field({ description: 'The new partner code (see CreatePartnerInput.code).' })
  @ToUpperTrimmed()
  @IsString()
  @MaxLength(40)
  @Matches(PARTNER_CODE_PATTERN)
  code!: string;

  @Field(() => BrandModelEnum)
  @IsIn(BRAND_MODELS)
  brandModel!: BrandModel;

  @Field(() => PotentialEnum)
  @IsIn(POTENTIALS)
  potential!: Potential;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(120)
  region?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  channelManagerId?: string;
}

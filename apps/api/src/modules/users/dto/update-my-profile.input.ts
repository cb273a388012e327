import { Field, InputType } from '@nestjs/graphql';
import { Locale, LOCALES } from '@relais/i18n';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

import { LocaleEnum } from '../../../core/graphql/enums';
import { trim } from './transforms';

@InputType('UpdateMyProfileInput')
export class UpdateMyProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { Role, ROLES } from '@relais/domain';
import { Locale, LOCALES } from '@relais/i18n';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { LocaleEnum, RoleEnum } from '../../../core/graphql/enums';
import { trim, trimLower } from './transforms';

@InputType('InviteUserInput')
export class InviteUserInput {
  @Field()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for partner roles when a brand user invites; a partner admin invites into their own partner.' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => LocaleEnum, { nullable: true, description: 'Language of the invitation e-mail and of the account; French by default.' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

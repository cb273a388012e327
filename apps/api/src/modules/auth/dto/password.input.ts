import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

import { trimLower } from '../../users/dto/transforms';

export const CLIENT_APPS = ['PORTAL', 'BACK_OFFICE'] as const;
export type ClientApp = (typeof CLIENT_APPS)[number];
export const ClientAppEnum = { PORTAL: 'PORTAL', BACK_OFFICE: 'BACK_OFFICE' } as const;
registerEnumType(ClientAppEnum, { name: 'ClientApp', description: 'Which app a link in an e-mail opens.' });

@InputType('RequestPasswordResetInput')
export class RequestPasswordResetInput {
  @Field()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field(() => ClientAppEnum)
  @IsIn(CLIENT_APPS)
  app!: ClientApp;
}

/** A token from an e-mailed link and the new password; the password policy is checked by the service. */
@InputType('ResetPasswordInput')
export class ResetPasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password!: string;
}

@InputType('AcceptInvitationInput')
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(1024)
  password!: string;
}

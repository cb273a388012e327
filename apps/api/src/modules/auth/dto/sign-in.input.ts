import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import { trimLower } from '../../users/dto/transforms';

@InputType('SignInInput')
export class SignInInput {
  @Field()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  // Bounded so nobody makes the server hash megabytes; the policy's own maximum is lower.
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

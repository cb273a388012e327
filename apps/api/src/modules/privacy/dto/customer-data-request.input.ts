import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';

export const MAX_REQUEST_DECLARATIONS = 500;

/**
 * The declarations an end customer's request covers. Both fields are nullable in the schema so that
 * leaving one out gets the coded, translated error naming it rather than a bare GraphQL refusal.
 */
@InputType('CustomerDataRequestInput')
export class CustomerDataRequestInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_REQUEST_DECLARATIONS)
  @IsString({ each: true })
  declarationIds?: string[];

  @Field(() => String, { nullable: true, description: "The customer's request as the brand files it (ticket, letter, e-mail)." })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  requestReference?: string;
}

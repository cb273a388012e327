import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';

const DATE = { strict: true };

/** What a brand admin knows of the customer who asks; every criterion given must match. */
@InputType('CustomerDataFilter')
export class CustomerDataFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD: sales on or after this day (a period that ends on or after it).' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD: sales on or before this day (a period that starts on or before it).' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string;

  @Field({ nullable: true, description: 'Compared without spaces or case.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(20)
  postalCode?: string;

  @Field({ nullable: true, description: 'Words the feedback comment contains (any case).' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  commentContains?: string;

  @Field({ nullable: true, description: 'The invoice reference of one of the lines.' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(100)
  invoiceReference?: string;
}

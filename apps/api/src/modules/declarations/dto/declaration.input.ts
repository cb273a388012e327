import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { CustomerType, MAX_DECLARATION_LINES, MAX_PROOFS_PER_DECLARATION, SaleChannel } from '@relais/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsDecimal, ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';
import { CustomerTypeEnum, SaleChannelEnum } from './declaration.enums';

const DATE = { strict: true, strictSeparator: true } as const;

@InputType('DeclarationLineInput')
export class DeclarationLineInput {
  @Field(() => ID)
  @IsString()
  productId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;

  @Field(() => Float, { description: 'Total of the line, in the currency of the declaration.' })
  @IsDecimal(2)
  @Min(0)
  @Max(999_999_999_999)
  amount!: number;

  @Field(() => SaleChannelEnum)
  @IsIn(Object.values(SaleChannelEnum))
  channel!: SaleChannel;

  @Field({ nullable: true, description: 'Trimmed and upper-cased.' })
  @IsOptional()
  @ToUpperTrimmed()
  @IsString()
  @MaxLength(100)
  invoiceReference?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ToUpperTrimmed()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  serialNumbers?: string[];
}

@InputType('CustomerProfileInput')
export class CustomerProfileInput {
  @Field(() => CustomerTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(CustomerTypeEnum))
  type?: CustomerType;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(20)
  postalCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(80)
  sector?: string;
}

@InputType('CustomerFeedbackInput')
export class CustomerFeedbackInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  rating?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[];
}

/** The whole content of a declaration; updateDeclaration replaces it (lines included). */
@InputType('DeclarationInput')
export class DeclarationInput {
  @Field({ nullable: true, description: 'YYYY-MM-DD; give either a sale date or a period.' })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  saleDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  periodStart?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601(DATE)
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  periodEnd?: string;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  @ToUpperTrimmed()
  @Matches(/^[A-Z]{3}$/)
  currency!: string;

  @Field(() => CustomerProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerProfileInput)
  customer?: CustomerProfileInput;

  @Field(() => CustomerFeedbackInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerFeedbackInput)
  feedback?: CustomerFeedbackInput;

  @Field(() => [DeclarationLineInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DECLARATION_LINES)
  @ValidateNested({ each: true })
  @Type(() => DeclarationLineInput)
  lines!: DeclarationLineInput[];

  @Field(() => [ID], { nullable: true, description: 'Proofs uploaded by POST /files/proofs; the list replaces the proofs, null leaves them as they are.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PROOFS_PER_DECLARATION)
  @IsString({ each: true })
  proofFileIds?: string[];
}

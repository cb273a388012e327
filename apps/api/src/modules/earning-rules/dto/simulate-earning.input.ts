import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, Min, ValidateNested } from 'class-validator';

import { ToUpperTrimmed } from '../../../core/validation/decorators';

export const MAX_SIMULATED_LINES = 200;

@InputType('SimulateEarningLineInput')
export class SimulateEarningLineInput {
  @Field({ nullable: true, description: 'Echoed in the result; the line number (1, 2…) when absent.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  lineId?: string;

  @Field(() => ID)
  @IsString()
  productId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  quantity!: number;

  @Field(() => Float, { description: "In the currency's major unit (euros, not cents)." })
  @IsNumber()
  @Min(0)
  amount!: number;

  @Field({ description: 'ISO 4217 code.' })
  @ToUpperTrimmed()
  @IsString()
  @Matches(/^[A-Z]{3}$/)
  currency!: string;
}

@InputType('SimulateEarningInput')
export class SimulateEarningInput {
  @Field(() => ID, { nullable: true, description: "Brand roles: the partner whose segments count (none when absent). Partner roles: their own partner, always." })
  @IsOptional()
  @IsString()
  partnerId?: string | null;

  @Field({ description: 'YYYY-MM-DD: the rules in force on this date apply.' })
  @IsString()
  saleDate!: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD, for on-time bonuses; today when absent.' })
  @IsOptional()
  @IsString()
  declaredOn?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  hasFeedback: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  hasCustomerProfile: boolean = false;

  @Field(() => [SimulateEarningLineInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SIMULATED_LINES)
  @ValidateNested({ each: true })
  @Type(() => SimulateEarningLineInput)
  lines!: SimulateEarningLineInput[];
}

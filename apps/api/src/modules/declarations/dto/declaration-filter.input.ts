import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { DeclarationStatus, FlagCode } from '@relais/domain';
import { IsArray, IsIn, IsISO8601, IsNumber, IsOptional, IsString } from 'class-validator';

import { DeclarationSort, DeclarationSortEnum, DeclarationStatusEnum, FlagCodeEnum } from './declaration.enums';

@InputType('DeclarationFilter')
export class DeclarationFilter {
  @Field(() => [DeclarationStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(DeclarationStatusEnum), { each: true })
  statuses?: DeclarationStatus[];

  @Field(() => [FlagCodeEnum], { nullable: true, description: 'Declarations with at least one of these flags.' })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(FlagCodeEnum), { each: true })
  flags?: FlagCode[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  partnerId?: string;

  @Field(() => ID, { nullable: true, description: 'Declarations of the partners in this segment now; brand roles only (ignored for partner users).' })
  @IsOptional()
  @IsString()
  segmentId?: string;

  @Field({ nullable: true, description: 'Sales on or after this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  saleFrom?: string;

  @Field({ nullable: true, description: 'Sales on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  saleTo?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  minAmount?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  maxAmount?: number;

  @Field(() => DeclarationSortEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DeclarationSortEnum))
  sort?: DeclarationSort;
}

import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';

export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._/-]*$/;

@InputType('CreateProductInput')
export class CreateProductInput {
  @Field({ description: 'Trimmed and upper-cased; letters, digits, . _ / -' })
  @ToUpperTrimmed()
  @IsString()
  @MaxLength(64)
  @Matches(SKU_PATTERN)
  sku!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  category!: string;

  @Field(() => [ID], { nullable: true, description: 'Segments the product is open to; empty or absent: every partner.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  openToSegmentIds?: string[];
}

@InputType('UpdateProductInput')
export class UpdateProductInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  category?: string;

  @Field(() => [ID], { nullable: true, description: 'Segments the product is open to; empty or absent: every partner. Absent: unchanged.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  openToSegmentIds?: string[];
}

@InputType('ProductFilter')
export class ProductFilter {
  @Field({ nullable: true, description: 'Part of the SKU or name; case and accents ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(80)
  category?: string;

  @Field({ nullable: true, description: 'Ignored for partner users, who see active products only.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

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

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

import { IsCountryCode, ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';
import type { RewardOrderStatus } from '../reward.enums';
import { REWARD_ORDER_STATUSES, RewardOrderStatusEnum } from '../reward.enums';

export const MAX_ORDER_LINES = 20;
export const MAX_LINE_QUANTITY = 99;

@InputType('ShippingAddressInput')
export class ShippingAddressInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  recipient!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  line1!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  line2?: string | null;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  postalCode!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  @ToUpperTrimmed()
  @IsCountryCode()
  country!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(40)
  phone?: string | null;
}

@InputType('OrderLineInput')
export class OrderLineInput {
  @Field(() => ID)
  @IsUUID('all')
  itemId!: string;

  @Field(() => Int, { description: `1 to ${MAX_LINE_QUANTITY}.` })
  @IsInt()
  @Min(1)
  @Max(MAX_LINE_QUANTITY)
  quantity!: number;
}

@InputType('PlaceOrderInput')
export class PlaceOrderInput {
  @Field(() => [OrderLineInput], { description: `1 to ${MAX_ORDER_LINES} lines.` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInput)
  lines!: OrderLineInput[];

  @Field(() => ShippingAddressInput, { nullable: true, description: 'Required when an item is SHIPPED.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ShippingAddressInput)
  shippingAddress?: ShippingAddressInput | null;

  @Field(() => String, { nullable: true, description: 'Required when an item is DIGITAL.' })
  @IsOptional()
  @Trimmed()
  @IsEmail()
  @MaxLength(254)
  deliveryEmail?: string | null;

  @Field({ nullable: true, description: 'Saves the shipping address as my default.' })
  @IsOptional()
  @IsBoolean()
  rememberAddress?: boolean;

  @Field({ description: 'The same key again (a double click, a retry) returns the first order.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  idempotencyKey!: string;
}

@InputType('ShipOrderInput')
export class ShipOrderInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  carrier!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  trackingNumber!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  trackingUrl?: string | null;
}

@InputType('RewardOrderFilter')
export class RewardOrderFilter {
  @Field(() => [RewardOrderStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(REWARD_ORDER_STATUSES, { each: true })
  statuses?: RewardOrderStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  partnerId?: string;

  @Field({ nullable: true, description: 'Reference, partner or orderer name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

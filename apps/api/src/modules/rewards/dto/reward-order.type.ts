import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import type { RewardOrderStatus } from '../reward.enums';
import { RewardOrderStatusEnum } from '../reward.enums';

@ObjectType('ShippingAddress')
export class ShippingAddressType {
  @Field()
  recipient!: string;

  @Field()
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field()
  postalCode!: string;

  @Field()
  city!: string;

  @Field()
  country!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ObjectType('RewardOrderLine')
export class RewardOrderLineType {
  @Field(() => ID)
  id!: string;

  itemId!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'The item cost when ordered.' })
  pointsEach!: number;
}

@ObjectType('RewardOrderEvent')
export class RewardOrderEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => RewardOrderStatusEnum)
  status!: RewardOrderStatus;

  authorId!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType('RewardOrder')
export class RewardOrderType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short human reference, e.g. R-2026-000123.' })
  reference!: string;

  partnerId!: string;

  @Field(() => ID)
  orderedById!: string;

  @Field(() => RewardOrderStatusEnum)
  status!: RewardOrderStatus;

  @Field(() => Int)
  totalPoints!: number;

  @Field(() => ShippingAddressType, { nullable: true })
  shippingAddress!: ShippingAddressType | null;

  @Field(() => String, { nullable: true })
  deliveryEmail!: string | null;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field(() => String, { nullable: true })
  trackingUrl!: string | null;

  @Field(() => String, { nullable: true })
  rejectReason!: string | null;

  @Field(() => Int, { description: '0 until refunded.' })
  refundedPoints!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('RewardOrderPage')
export class RewardOrderPage {
  @Field(() => [RewardOrderType])
  items!: RewardOrderType[];

  @Field(() => Int)
  total!: number;
}

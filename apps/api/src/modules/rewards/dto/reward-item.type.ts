import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import type { RewardCategory, RewardDelivery, RewardLimitPeriod } from '../reward.enums';
import { RewardCategoryEnum, RewardDeliveryEnum, RewardLimitPeriodEnum } from '../reward.enums';

@ObjectType('RewardItem')
export class RewardItemType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Key of the CSV import.' })
  sku!: string;

  @Field()
  titleFr!: string;

  @Field()
  titleEn!: string;

  @Field()
  descriptionFr!: string;

  @Field()
  descriptionEn!: string;

  @Field(() => [String], { description: 'https URLs.' })
  imageUrls!: string[];

  @Field(() => RewardCategoryEnum)
  category!: RewardCategory;

  @Field(() => RewardDeliveryEnum, { description: 'SHIPPED needs a shipping address, DIGITAL an e-mail.' })
  delivery!: RewardDelivery;

  @Field(() => Int)
  pointsCost!: number;

  @Field(() => Int, { nullable: true, description: 'Null: unlimited.' })
  stock!: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: no limit.' })
  limitPerUser!: number | null;

  @Field(() => RewardLimitPeriodEnum, { nullable: true })
  limitPeriod!: RewardLimitPeriod | null;

  @Field(() => Date, { nullable: true })
  availableFrom!: Date | null;

  @Field(() => Date, { nullable: true })
  availableTo!: Date | null;

  @Field()
  active!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('RewardItemPage')
export class RewardItemPage {
  @Field(() => [RewardItemType])
  items!: RewardItemType[];

  @Field(() => Int)
  total!: number;
}

import { registerEnumType } from '@nestjs/graphql';

export const REWARD_CATEGORIES = ['GOODIE', 'GIFT', 'GIFT_CARD', 'EXPERIENCE', 'TRAINING'] as const;
export type RewardCategory = (typeof REWARD_CATEGORIES)[number];
/** SHIPPED items need a shipping address, DIGITAL ones an e-mail. */
export const REWARD_DELIVERIES = ['SHIPPED', 'DIGITAL'] as const;
export type RewardDelivery = (typeof REWARD_DELIVERIES)[number];
export const REWARD_LIMIT_PERIODS = ['MONTH', 'QUARTER', 'YEAR', 'EVER'] as const;
export type RewardLimitPeriod = (typeof REWARD_LIMIT_PERIODS)[number];
export const REWARD_ORDER_STATUSES = ['REQUESTED', 'APPROVED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'] as const;
export type RewardOrderStatus = (typeof REWARD_ORDER_STATUSES)[number];
/** Orders in these statuses gave their points back and count for no limit. */
export const REFUNDED_STATUSES: readonly RewardOrderStatus[] = ['REJECTED', 'CANCELLED'];

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RewardCategoryEnum = asEnum(REWARD_CATEGORIES);
export const RewardDeliveryEnum = asEnum(REWARD_DELIVERIES);
export const RewardLimitPeriodEnum = asEnum(REWARD_LIMIT_PERIODS);
export const RewardOrderStatusEnum = asEnum(REWARD_ORDER_STATUSES);

registerEnumType(RewardCategoryEnum, { name: 'RewardCategory' });
registerEnumType(RewardDeliveryEnum, { name: 'RewardDelivery' });
registerEnumType(RewardLimitPeriodEnum, { name: 'RewardLimitPeriod' });
registerEnumType(RewardOrderStatusEnum, { name: 'RewardOrderStatus' });

import type { RewardOrderStatus } from '@relais/graphql-client';

export const ORDER_STATUSES: readonly RewardOrderStatus[] = ['REQUESTED', 'APPROVED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];

/** URL values of the queue's status filter besides a single status: no parameter means the open orders. */
export const ALL_STATUSES = 'ANY';
export const OPEN_STATUSES: readonly RewardOrderStatus[] = ['REQUESTED', 'APPROVED', 'SHIPPED'];

/** The statuses the queue asks for, from the URL's value (an unknown value reads as the default). */
export function statusesOf(value: string): RewardOrderStatus[] {
  if (value === ALL_STATUSES) return [];
  if ((ORDER_STATUSES as readonly string[]).includes(value)) return [value as RewardOrderStatus];
  return [...OPEN_STATUSES];
}

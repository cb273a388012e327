import type { RewardOrderStatus } from '@relais/graphql-client';
import type { BadgeTone } from '@relais/ui';

/** Badge colours of an order's status; the badge's text carries the meaning. */
export function orderTone(status: RewardOrderStatus): BadgeTone {
  switch (status) {
    case 'REQUESTED':
      return 'warning';
    case 'APPROVED':
    case 'SHIPPED':
      return 'info';
    case 'DELIVERED':
      return 'success';
    case 'REJECTED':
      return 'danger';
    case 'CANCELLED':
      return 'neutral';
  }
}

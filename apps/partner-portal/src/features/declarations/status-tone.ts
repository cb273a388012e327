import type { DeclarationLineStatus, DeclarationStatus } from '@relais/graphql-client';
import type { BadgeTone } from '@relais/ui';

/** Badge colours for declaration and line statuses (the shared statusTone knows account statuses only). */
export function declarationTone(status: DeclarationStatus | DeclarationLineStatus): BadgeTone {
  switch (status) {
    case 'APPROVED':
      return 'success';
    case 'REJECTED':
    case 'REVERSED':
      return 'danger';
    case 'NEEDS_INFO':
    case 'PARTIALLY_APPROVED':
      return 'warning';
    case 'SUBMITTED':
    case 'PENDING':
      return 'info';
    case 'DRAFT':
    case 'WITHDRAWN':
      return 'neutral';
  }
}

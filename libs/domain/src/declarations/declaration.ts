/** The life of a declaration; see statusAfterDecisions for how line decisions settle it. */
export const DECLARATION_STATUSES = ['DRAFT', 'SUBMITTED', 'NEEDS_INFO', 'APPROVED', 'REJECTED', 'PARTIALLY_APPROVED', 'REVERSED', 'WITHDRAWN'] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

export const LINE_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

export const SALE_CHANNELS = ['IN_STORE', 'ONLINE'] as const;
export type SaleChannel = (typeof SALE_CHANNELS)[number];

export const CUSTOMER_TYPES = ['B2B', 'B2C'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const LINE_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type LineDecision = (typeof LINE_DECISIONS)[number];

/** Why a validator refuses a line; the message adds the details. */
export const REJECT_REASONS = ['DUPLICATE', 'NOT_ELIGIBLE', 'MISSING_PROOF', 'WRONG_AMOUNT', 'WRONG_PRODUCT', 'OTHER'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const MAX_DECLARATION_LINES = 200;

/** Partners may change a declaration only while it is theirs to write. */
export const isEditable = (status: DeclarationStatus) => status === 'DRAFT' || status === 'NEEDS_INFO';

/**
 * Lines are decided one by one; the declaration is settled once none is pending:
 * all approved → APPROVED, all rejected → REJECTED, a mix → PARTIALLY_APPROVED.
 * While some lines are still pending it stays SUBMITTED.
 */
export function statusAfterDecisions(lines: readonly LineStatus[]): DeclarationStatus {
  if (lines.length === 0 || lines.includes('PENDING')) return 'SUBMITTED';
  if (lines.every((s) => s === 'APPROVED')) return 'APPROVED';
  if (lines.every((s) => s === 'REJECTED')) return 'REJECTED';
  return 'PARTIALLY_APPROVED';
}

/** Only settled declarations that paid something can be reversed. */
export const isReversible = (status: DeclarationStatus) => status === 'APPROVED' || status === 'PARTIALLY_APPROVED';

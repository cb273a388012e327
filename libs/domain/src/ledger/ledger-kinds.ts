/** Why points moved; every ledger entry has exactly one kind. */
export const LEDGER_ENTRY_KINDS = [
  'DECLARATION_APPROVED',
  'REVERSAL',
  'QUIZ_PASSED',
  'BADGE',
  'STAGE_COMPLETED',
  'CHALLENGE_PRIZE',
  'OBJECTIVE_REACHED',
  'REDEMPTION',
  'REDEMPTION_REFUND',
  'EXPIRY',
  'MANUAL_ADJUSTMENT',
] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

/** Kinds that reward activity: they count towards lifetime earnings (with positive manual adjustments). */
export const EARNING_KINDS: readonly LedgerEntryKind[] = [
  'DECLARATION_APPROVED',
  'QUIZ_PASSED',
  'BADGE',
  'STAGE_COMPLETED',
  'CHALLENGE_PRIZE',
  'OBJECTIVE_REACHED',
];

export const LEDGER_ENTRY_STATUSES = ['PENDING', 'CONFIRMED'] as const;
export type LedgerEntryStatus = (typeof LEDGER_ENTRY_STATUSES)[number];

/** Users and partners each have a wallet. */
export const WALLET_OWNER_TYPES = ['USER', 'PARTNER'] as const;
export type WalletOwnerType = (typeof WALLET_OWNER_TYPES)[number];

/** Where the points of an approved declaration go (programme setting). */
export const POINTS_RECIPIENTS = ['USER', 'PARTNER', 'SPLIT'] as const;
export type PointsRecipient = (typeof POINTS_RECIPIENTS)[number];

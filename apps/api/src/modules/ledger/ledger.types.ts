import type { LedgerEntryKind, WalletOwnerType } from '@relais/domain';

/** A wallet, named by its owner. */
export interface WalletRef {
  ownerType: WalletOwnerType;
  ownerId: string;
}

/** What caused an entry, e.g. `{ type: 'DECLARATION', id: declarationId }`. */
export interface SourceRef {
  type: string;
  id: string;
}

export interface CreditInput {
  account: WalletRef;
  /** Positive integer points. */
  amount: number;
  kind: LedgerEntryKind;
  source: SourceRef;
  /** Unique across the whole ledger: a repeated key returns the first entry and pays nothing. */
  idempotencyKey: string;
  authorId?: string | null;
  ruleVersion?: string | null;
  reason?: string | null;
  /** Hold the points for the programme's return window (no effect when the window is 0 days). */
  pending?: boolean;
}

export interface DebitInput {
  account: WalletRef;
  /** Positive integer points to take. */
  amount: number;
  kind: LedgerEntryKind;
  source: SourceRef;
  idempotencyKey: string;
  authorId?: string | null;
  reason?: string | null;
}

/** Reverse one entry, or every entry a source paid. */
export type ReverseInput = ({ entryId: string; source?: never } | { source: SourceRef; entryId?: never }) & {
  /** Each reversal entry's key is `${idempotencyKey}:${reversedEntryId}`. */
  idempotencyKey: string;
  authorId?: string | null;
  reason: string;
};

export interface WalletBalance {
  /** Confirmed points not yet spent, taken back or expired. */
  available: number;
  /** Points waiting for the return window. */
  pending: number;
  /** Of available and pending points, those expiring within the programme's expiringSoonDays. */
  expiringSoon: number;
  /** Points ever earned (earning kinds and positive adjustments) less what reversals took back. */
  lifetimeEarned: number;
}

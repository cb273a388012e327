import { conflict, invalidField, notFound } from '../../core/errors/domain-error';

/** Errors of the ledger; the apps translate them under errors.<CODE>. */
export const LedgerErrors = {
  /** Also the answer for a wallet out of the caller's scope: existence is not revealed. */
  walletNotFound: () => notFound('WALLET_NOT_FOUND', 'Wallet not found'),
  entryNotFound: () => notFound('LEDGER_ENTRY_NOT_FOUND', 'Nothing to reverse'),
  notReversible: () => conflict('LEDGER_ENTRY_NOT_REVERSIBLE', 'A reversal cannot be reversed'),
  insufficientPoints: () => conflict('INSUFFICIENT_POINTS', 'Not enough available points'),
  keyReused: () => conflict('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for another movement'),
  invalidAmount: (field = 'amount') => invalidField('POINTS_AMOUNT_INVALID', field, 'POINTS_AMOUNT_INVALID', 'Points must be a positive whole number'),
};

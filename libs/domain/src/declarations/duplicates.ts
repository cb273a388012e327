import { DeclarationFlag, flag } from './flags';

/** What a line is compared on; another declaration's line has the same shape. */
export interface LineFacts {
  lineId: string;
  declarationId: string;
  partnerId: string;
  productId: string;
  invoiceReference: string;
  /** YYYY-MM-DD */
  saleDate: string;
  amount: number;
}

const sameInvoice = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase() && a.trim() !== '';

/**
 * Near duplicate: at least 3 of invoice, partner, sale date and amount are the same, or the same
 * product on the same invoice with another date (a resubmission with a shifted date). The exact
 * duplicate (same partner and invoice) is DUPLICATE_INVOICE and not repeated here.
 */
export function isNearDuplicate(line: LineFacts, other: LineFacts): boolean {
  if (line.declarationId === other.declarationId) return false;
  const invoice = sameInvoice(line.invoiceReference, other.invoiceReference);
  const partner = line.partnerId === other.partnerId;
  if (invoice && partner) return false;
  const matches = [invoice, partner, line.saleDate === other.saleDate, line.amount === other.amount].filter(Boolean).length;
  return matches >= 3 || (invoice && line.productId === other.productId && line.saleDate !== other.saleDate);
}

/** DUPLICATE_INVOICE and NEAR_DUPLICATE flags of the lines against earlier lines of non-draft declarations. */
export function duplicateFlags(lines: readonly LineFacts[], others: readonly LineFacts[]): DeclarationFlag[] {
  const flags: DeclarationFlag[] = [];
  for (const line of lines) {
    const candidates = others.filter((o) => o.declarationId !== line.declarationId);
    const exact = candidates.find((o) => o.partnerId === line.partnerId && sameInvoice(o.invoiceReference, line.invoiceReference));
    if (exact) flags.push(flag('DUPLICATE_INVOICE', line.lineId, { invoice: line.invoiceReference, otherDeclarationId: exact.declarationId }));
    const near = candidates.find((o) => isNearDuplicate(line, o));
    if (near) flags.push(flag('NEAR_DUPLICATE', line.lineId, { invoice: near.invoiceReference, otherDeclarationId: near.declarationId }));
  }
  return flags;
}

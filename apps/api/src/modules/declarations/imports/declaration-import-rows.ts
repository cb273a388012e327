import { CUSTOMER_TYPES, SALE_CHANNELS, SERIAL_SEPARATOR } from '@relais/domain';

import { CsvRowError, enumCell, rowError } from '../../../core/csv/csv-import';

/**
 * The checks of one file row. They are the rules of DeclarationLineInput and DeclarationInput
 * (same limits, same reasons; declaration-import-rows.spec.ts holds them side by side), written
 * by hand because class-validator costs ~50 µs a row, which alone would cap an import below the
 * 30,000 rows a second it must reach.
 */
export interface StagedRow {
  rowNumber: number;
  saleDate: string;
  productId: string;
  quantity: number;
  amount: string;
  currency: string;
  channel: string;
  invoiceReference: string;
  serialNumbers: string;
  customerType: string | null;
  customerPostalCode: string | null;
  customerSector: string | null;
}

export const MAX_QUANTITY = 1_000_000;
export const MAX_AMOUNT = 999_999_999_999;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** YYYY-MM-DD, or DD/MM/YYYY as French spreadsheets write it; null when neither or not a real day. */
export function parseSaleDate(cell: string): string | null {
  const iso = ISO_DATE.exec(cell);
  const french = iso ? null : FRENCH_DATE.exec(cell);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!y || !m || !d || !isRealDate(Number(y), Number(m), Number(d))) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A decimal with a point or, as semicolon files write it, a comma; spaces between thousands are dropped. */
export function parseAmount(cell: string): number | null {
  const text = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return DECIMAL.test(text) ? Number(text) : null;
}

export interface RowContext {
  today: string;
  /** Active products by upper-cased SKU. */
  productIdBySku: ReadonlyMap<string, string>;
}

/** Checks one row; gives the staged row, or the errors of its cells (row numbers are those of the whole file). */
export function checkRow(cells: Record<string, string>, rowNumber: number, context: RowContext): { row: StagedRow | null; errors: CsvRowError[] } {
  const errors: CsvRowError[] = [];
  const fail = (field: string, code: string, reason: string | null, message: string) => errors.push(rowError(rowNumber, field, code, message, reason));
  const invalid = (field: string, reason: string) => fail(field, 'INVALID_INPUT', reason, `${field}: ${reason}`);
  const cell = (name: string) => (cells[name] ?? '').trim();

  const saleDate = parseSaleDate(cell('sale_date'));
  if (!cell('sale_date')) invalid('sale_date', 'isNotEmpty');
  else if (!saleDate) invalid('sale_date', 'isISO8601');
  else if (saleDate > context.today) fail('sale_date', 'SALE_DATE_IN_FUTURE', 'SALE_DATE_IN_FUTURE', 'The sale cannot be in the future');

  const sku = cell('product_sku').toUpperCase();
  const productId = context.productIdBySku.get(sku);
  if (!sku) invalid('product_sku', 'isNotEmpty');
  else if (!productId) fail('product_sku', 'PRODUCT_NOT_FOUND', 'PRODUCT_NOT_FOUND', 'Unknown or inactive product');

  const quantity = Number(cell('quantity'));
  if (!INTEGER.test(cell('quantity'))) invalid('quantity', 'isInt');
  else if (quantity < 1) invalid('quantity', 'min');
  else if (quantity > MAX_QUANTITY) invalid('quantity', 'max');

  const amount = parseAmount(cell('amount'));
  if (amount === null || Math.round(amount * 100) / 100 !== amount) invalid('amount', 'isNumber');
  else if (amount < 0) invalid('amount', 'min');
  else if (amount > MAX_AMOUNT) invalid('amount', 'max');

  const currency = cell('currency').toUpperCase();
  if (!CURRENCY.test(currency)) invalid('currency', 'matches');

  const channel = enumCell(cell('channel')) ?? '';
  if (!(SALE_CHANNELS as readonly string[]).includes(channel)) invalid('channel', 'isIn');

  const invoiceReference = cell('invoice_reference').toUpperCase();
  if (invoiceReference.length > 100) invalid('invoice_reference', 'maxLength');

  const serials = [...new Set(cell('serial_numbers').split(SERIAL_SEPARATOR).map((s) => s.trim().toUpperCase()))].filter((s) => s !== '');
  if (serials.length > 1000) invalid('serial_numbers', 'arrayMaxSize');
  else if (serials.some((s) => s.length > 100)) invalid('serial_numbers', 'maxLength');

  const customerType = enumCell(cell('customer_type')) ?? null;
  if (customerType !== null && !(CUSTOMER_TYPES as readonly string[]).includes(customerType)) invalid('customer_type', 'isIn');
  const customerPostalCode = cell('customer_postal_code') || null;
  if (customerPostalCode && customerPostalCode.length > 20) invalid('customer_postal_code', 'maxLength');
  const customerSector = cell('customer_sector') || null;
  if (customerSector && customerSector.length > 80) invalid('customer_sector', 'maxLength');

  if (errors.length > 0 || !saleDate || !productId || amount === null) return { row: null, errors };
  return {
    row: {
      rowNumber,
      saleDate,
      productId,
      quantity,
      amount: amount.toFixed(2),
      currency,
      channel,
      invoiceReference,
      serialNumbers: serials.join(SERIAL_SEPARATOR),
      customerType,
      customerPostalCode,
      customerSector,
    },
    errors,
  };
}

/**
 * Bulk declaration from a CSV file (a distributor's monthly sell-out report). The file is sent in
 * chunks, each with the header row, staged and checked row by row, then confirmed as a whole.
 */
export const DECLARATION_IMPORT_COLUMNS = {
  required: ['sale_date', 'product_sku', 'quantity', 'amount', 'currency', 'channel', 'invoice_reference'],
  optional: ['serial_numbers', 'customer_type', 'customer_postal_code', 'customer_sector'],
} as const;
export type DeclarationImportColumn = (typeof DECLARATION_IMPORT_COLUMNS.required)[number] | (typeof DECLARATION_IMPORT_COLUMNS.optional)[number];

/** Serial numbers share one cell, separated by a vertical bar: `SN-1|SN-2`. */
export const SERIAL_SEPARATOR = '|';

/** WHOLE_FILE: one declaration per currency of the file; PER_INVOICE: one per invoice reference (and currency). */
export const DECLARATION_IMPORT_GROUPINGS = ['WHOLE_FILE', 'PER_INVOICE'] as const;
export type DeclarationImportGrouping = (typeof DECLARATION_IMPORT_GROUPINGS)[number];

/** STAGING while chunks arrive and the preview is read; IMPORTED once confirmed; WITHDRAWN when cancelled or withdrawn. */
export const DECLARATION_IMPORT_STATUSES = ['STAGING', 'IMPORTED', 'WITHDRAWN'] as const;
export type DeclarationImportStatus = (typeof DECLARATION_IMPORT_STATUSES)[number];

/** Data rows per chunk: about 0.5 MB of CSV, well under the 3 MB body limit of the API. */
export const DECLARATION_IMPORT_CHUNK_ROWS = 5000;
/** Data rows per file. */
export const DECLARATION_IMPORT_MAX_ROWS = 200_000;

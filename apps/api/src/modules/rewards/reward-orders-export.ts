/** The columns of the orders file handed to a fulfilment house; the header names are part of the API. */
export const ORDER_EXPORT_COLUMNS = [
  'reference',
  'created_at',
  'partner_code',
  'partner_name',
  'ordered_by',
  'status',
  'item_sku',
  'item_title',
  'quantity',
  'points',
  'recipient',
  'line1',
  'line2',
  'postal_code',
  'city',
  'country',
  'phone',
  'delivery_email',
  'carrier',
  'tracking_number',
] as const;

/**
 * One CSV cell: quoted when needed; a text a spreadsheet would run as a formula gets a leading
 * apostrophe, since these files are opened in spreadsheets and the text comes from users.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A phone number such as +33 6 12 34 56 78 stays as it is.
  if (typeof value === 'string' && (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s.()]*$/.test(text)))) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(',')}\r\n`;

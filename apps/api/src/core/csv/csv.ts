import { parse } from 'csv-parse/sync';

import { DomainError, invalidField } from '../errors/domain-error';

export const CSV_MAX_ROWS = 5000;
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

export interface CsvTable {
  /** Header names as found, trimmed and lower-cased. */
  columns: string[];
  /** One record per non-empty data row, keyed by column, values trimmed. */
  rows: Record<string, string>[];
}

export interface CsvShape {
  required: readonly string[];
  optional: readonly string[];
}

const csvError = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(code, 'BAD_INPUT', message, [{ field: 'csv', reason: code }], details);

/** Semicolons are what spreadsheets write in locales where the comma is the decimal sign. */
function detectDelimiter(text: string): ',' | ';' {
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Reads an uploaded CSV text (UTF-8, with or without BOM, comma or semicolon separated, header
 * row first) into records, after checking its size and its columns. Problems with the file as a
 * whole are errors on the `csv` field; problems with single rows are left to the importer.
 */
export function readCsv(text: string, shape: CsvShape, limits = { maxRows: CSV_MAX_ROWS, maxBytes: CSV_MAX_BYTES }): CsvTable {
  if (Buffer.byteLength(text, 'utf8') > limits.maxBytes) {
    throw csvError('CSV_TOO_LARGE', `The file is larger than ${limits.maxBytes} bytes`, { maxBytes: limits.maxBytes, maxRows: limits.maxRows });
  }
  const content = text.replace(/^\uFEFF/, '');
  if (!content.trim()) throw invalidField('CSV_EMPTY', 'csv', 'CSV_EMPTY', 'The file is empty');

  let records: string[][];
  try {
    records = parse(content, {
      delimiter: detectDelimiter(content),
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw csvError('CSV_MALFORMED', `The file cannot be read as CSV: ${(error as Error).message}`);
  }

  const [header = [], ...data] = records;
  const columns = header.map((name) => name.trim().toLowerCase());
  const missing = shape.required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw csvError('CSV_MISSING_COLUMNS', `Missing columns: ${missing.join(', ')}`, { missing, expected: [...shape.required, ...shape.optional] });
  }
  const known = new Set([...shape.required, ...shape.optional]);
  const unknown = columns.filter((name) => !known.has(name));
  const repeated = columns.filter((name, i) => columns.indexOf(name) !== i);
  if (unknown.length > 0 || repeated.length > 0) {
    throw csvError('CSV_UNKNOWN_COLUMNS', `Unknown or repeated columns: ${[...unknown, ...repeated].join(', ')}`, {
      unknown,
      repeated,
      expected: [...shape.required, ...shape.optional],
    });
  }
  if (data.length === 0) throw invalidField('CSV_EMPTY', 'csv', 'CSV_EMPTY', 'The file has no data row');
  if (data.length > limits.maxRows) {
    throw csvError('CSV_TOO_LARGE', `The file has more than ${limits.maxRows} rows`, { maxBytes: limits.maxBytes, maxRows: limits.maxRows });
  }
  return {
    columns,
    rows: data.map((cells) => Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? '']))),
  };
}

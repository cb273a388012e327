import type { Locale } from '@relais/i18n';

/**
 * How a column's value is written:
 * - text: user text, neutralised when a spreadsheet would run it as a formula, quoted when needed;
 * - int / decimal: numbers, decimals with the locale's separator and no grouping (a spreadsheet
 *   reads `1234,5` as a number in French and `1234.5` in English, but not `1 234,5`);
 * - date: a day as ISO `YYYY-MM-DD`, which every spreadsheet reads as a date whatever its locale,
 *   where `03/04/2026` means two different days in France and in the United States;
 * - datetime: `YYYY-MM-DD HH:MM:SS` in UTC (users have no time zone; the header says UTC), which
 *   spreadsheets also read as a date and time;
 * - label: a code translated with the i18n keys under `labels` (a status, a type…).
 */
export type CellType = 'text' | 'int' | 'decimal' | 'date' | 'datetime' | 'label';

export interface ExportColumn {
  /** The header's key under `exports.columns.<kind>`. */
  key: string;
  type: CellType;
  /** The value, as SQL over the plan's FROM. */
  sql: string;
  labels?: string;
}

/** One export ready to run: its columns over a FROM (joins and the scoped, filtered WHERE) and an order. */
export interface ExportPlan {
  kind: ExportKind;
  columns: readonly ExportColumn[];
  from: string;
  orderBy: string;
  /** The parameters of `from` ($1…). */
  params: unknown[];
}

export const EXPORT_KINDS = ['declarations', 'ledger', 'orders', 'partners', 'quiz-results'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface CsvConventions {
  locale: Locale;
  delimiter: ',' | ';';
  decimalSeparator: '.' | ',';
}

/**
 * French spreadsheets use the comma as decimal separator and so expect `;` between cells; English
 * ones the point and `,`.
 */
export const csvConventions = (locale: Locale): CsvConventions =>
  locale === 'fr' ? { locale, delimiter: ';', decimalSeparator: ',' } : { locale, delimiter: ',', decimalSeparator: '.' };

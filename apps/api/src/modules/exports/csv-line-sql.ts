import { CsvConventions, ExportColumn } from './export-columns';

/** Characters that make a spreadsheet run a cell as a formula (OWASP's list). */
const FORMULA_STARTS = ["'='", "'+'", "'-'", "'@'", 'E\'\\t\'', 'E\'\\r\''];

/** A text value as a CSV cell: a leading apostrophe before a formula, quotes when it holds the delimiter, a quote or a line break. */
function textCell(value: string, delimiter: string): string {
  const safe = `(CASE WHEN left(${value}, 1) IN (${FORMULA_STARTS.join(', ')}) THEN '''' || ${value} ELSE ${value} END)`;
  const special = [`'${delimiter}'`, `'"'`, "E'\\n'", "E'\\r'"].map((c) => `strpos(${value}, ${c})`).join(' + ');
  return `CASE WHEN ${special} > 0 THEN '"' || replace(${safe}, '"', '""') || '"' ELSE ${safe} END`;
}

function cell(column: ExportColumn, conventions: CsvConventions, labelsParam: string): string {
  const value = `(${column.sql})`;
  switch (column.type) {
    case 'text':
      return textCell(`${value}::text`, conventions.delimiter);
    case 'int':
      return `${value}::text`;
    case 'decimal':
      return conventions.decimalSeparator === '.' ? `${value}::text` : `replace(${value}::text, '.', '${conventions.decimalSeparator}')`;
    case 'date':
      return `to_char(${value}, 'YYYY-MM-DD')`;
    case 'datetime':
      return `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')`;
    case 'label':
      // The labels arrive as a parameter, already CSV-quoted; an unknown code is written as it is.
      return `coalesce(${labelsParam}::jsonb -> '${column.key}' ->> ${value}, ${value})`;
  }
}

/**
 * One CSV record per row, built by PostgreSQL: the API then only passes text along, a few
 * thousand strings at a time, instead of parsing and formatting every cell (a million lines of
 * thirty cells would cost it minutes and hundreds of MB of short-lived objects).
 */
export function csvLineSql(columns: readonly ExportColumn[], conventions: CsvConventions, labelsParam: string): string {
  const cells = columns.map((column) => `coalesce(${cell(column, conventions, labelsParam)}, '')`);
  return `concat_ws('${conventions.delimiter}', ${cells.join(', ')}) || E'\\r\\n'`;
}

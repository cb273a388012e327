export interface CsvChunk {
  index: number;
  /** Number in the whole file of the chunk's first data row (1-based, header not counted). */
  firstRow: number;
  rowCount: number;
  /** The header row, then the chunk's rows. */
  csv: string;
}

/** A record that holds nothing but separators and spaces, which the API skips as well. */
const BLANK = /^[\s,;"]*$/;

/**
 * Cuts a CSV text into records without parsing their cells: a line break inside a quoted cell
 * stays in its record (a doubled quote inside quotes toggles twice, so it needs no special case).
 */
export function csvRecords(text: string): string[] {
  const content = text.replace(/^\uFEFF/, '');
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) {
      records.push(content.slice(start, content[i - 1] === '\r' ? i - 1 : i));
      start = i + 1;
    }
  }
  if (start < content.length) records.push(content.slice(start));
  return records.filter((record) => !BLANK.test(record));
}

/** The file as chunks the API takes (each with the header row), numbered as the user's rows. */
export function csvChunks(text: string, rowsPerChunk: number): CsvChunk[] {
  const [header, ...rows] = csvRecords(text);
  if (header === undefined) return [];
  const chunks: CsvChunk[] = [];
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const slice = rows.slice(start, start + rowsPerChunk);
    chunks.push({ index: chunks.length, firstRow: start + 1, rowCount: slice.length, csv: `${header}\n${slice.join('\n')}\n` });
  }
  // A header alone still goes, so the API answers that the file has no row.
  return chunks.length > 0 ? chunks : [{ index: 0, firstRow: 1, rowCount: 0, csv: `${header}\n` }];
}

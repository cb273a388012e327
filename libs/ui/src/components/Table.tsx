import type { ReactNode } from 'react';

export interface Column<Row> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  /** Visually hide the header (still read by screen readers), e.g. for an actions column. */
  hideHeader?: boolean;
  align?: 'start' | 'end';
}

export interface TableProps<Row> {
  /** What the table lists; read first by screen readers. Visually hidden when captionHidden. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  /** Shown instead of the body when there are no rows. */
  empty?: ReactNode;
}

/**
 * A data table that scrolls sideways inside its own frame on phones instead of widening the page.
 * On small screens each row also reads as a card: every cell carries its column's name (data-label).
 */
export function Table<Row>({ caption, captionHidden = false, columns, rows, rowKey, empty }: TableProps<Row>) {
  return (
    <div className="r-table-wrap">
      <table className="r-table">
        <caption className={captionHidden ? 'r-visually-hidden' : 'r-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.align === 'end' ? 'r-align-end' : undefined}>
                {column.hideHeader ? <span className="r-visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td
                    key={column.key}
                    className={column.align === 'end' ? 'r-align-end' : undefined}
                    data-label={typeof column.header === 'string' && !column.hideHeader ? column.header : undefined}
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

import type { ReactNode } from "react";

export type Column<T> = { header: string; cell: (row: T) => ReactNode; className?: string };

type Props<T> = {
  rows: T[];
  columns: Column<T>[];
  /** What the page says when there is nothing to list: what will appear here, and what makes it appear. */
  empty: ReactNode;
  testId: string;
  emptyTestId?: string;
  /** For screen readers: what the rows are, in which order. */
  caption?: string;
  rowKey: (row: T) => string | number;
  rowTestId?: (row: T) => string;
};

/** The organizer's lists of records (audit, mail, exports): a table with column headers, or the empty state. */
export function RecordTable<T>({ rows, columns, empty, testId, emptyTestId, caption, rowKey, rowTestId }: Props<T>) {
  if (rows.length === 0) {
    return (
      <p className="muted" data-testid={emptyTestId}>
        {empty}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId?.(row)}>
              {columns.map((c) => (
                <td key={c.header} className={c.className}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { ReactNode } from 'react';
import styles from './table.module.css';

export type Column<Row> = {
  key: string;
  header: ReactNode;
  /** Plain-text label shown beside the value when rows collapse to cards on small screens. */
  label?: string;
  /** Omitted when the table gets its `body` already rendered. */
  cell?: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** Leads the card on small screens (full width, no label). */
  primary?: boolean;
  /** Row actions: right-aligned, no label on small screens. */
  actions?: boolean;
  shrink?: boolean;
};

type TableProps<Row> = {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  caption?: string;
  testId?: string;
  /**
   * The rows already rendered (e.g. one client component for the whole body, fed compact data) instead of
   * `cells` called per row; it must render the same cells as `columns` describe.
   */
  body?: ReactNode;
};

export function Table<Row>({ columns, rows, rowKey, caption, testId, body }: TableProps<Row>) {
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid={testId}>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={[column.align === 'end' && styles.end, column.shrink && styles.shrink].filter(Boolean).join(' ') || undefined}
              >
                {column.actions ? <span className="visually-hidden">{column.header}</span> : column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body ??
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) => (
                  <td
                    key={column.key}
                    data-label={column.label ?? (typeof column.header === 'string' ? column.header : undefined)}
                    className={
                      [
                        column.align === 'end' && styles.end,
                        column.shrink && styles.shrink,
                        column.primary && styles.primary,
                        column.actions && styles.actions,
                      ]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                  >
                    {column.cell?.(row)}
                  </td>
                ))}
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

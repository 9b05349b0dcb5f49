import type { ReactNode } from 'react';
import styles from './table.module.css';

export type Column<Row> = {
  key: string;
  header: ReactNode;
  /** Plain-text label shown beside the value when rows collapse to cards on small screens. */
  label?: string;
  cell: (row: Row) => ReactNode;
  align?: 'start' | 'end';
  /** Leads the card on small screens (full width, no label). */
  primary?: boolean;
  /** Row actions: right-aligned, no label on small screens. */
  actions?: boolean;
  shrink?: boolean;
};

/** A column of a table whose body comes already rendered: its header and cell styling, no `cell`. */
export type HeaderColumn = Omit<Column<never>, 'cell'>;

type TableProps<Row> = { caption?: string; testId?: string } & (
  | { columns: readonly Column<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string; body?: undefined }
  | {
      columns: readonly HeaderColumn[];
      /**
       * The rows already rendered (e.g. one client component for the whole body, fed compact data) instead of
       * `cell` called per row; it must render the same cells as `columns` describe.
       */
      body: ReactNode;
      rows?: undefined;
      rowKey?: undefined;
    }
);

export function Table<Row>(props: TableProps<Row>) {
  const { columns, caption, testId } = props;
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
        <tbody>{props.rows === undefined ? props.body : <Rows columns={props.columns} rows={props.rows} rowKey={props.rowKey} />}</tbody>
      </table>
    </div>
  );
}

function Rows<Row>({ columns, rows, rowKey }: { columns: readonly Column<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string }) {
  return rows.map((row) => (
    <tr key={rowKey(row)}>
      {columns.map((column) => (
        <td
          key={column.key}
          data-label={column.label ?? (typeof column.header === 'string' ? column.header : undefined)}
          className={
            [column.align === 'end' && styles.end, column.shrink && styles.shrink, column.primary && styles.primary, column.actions && styles.actions]
              .filter(Boolean)
              .join(' ') || undefined
          }
        >
          {column.cell(row)}
        </td>
      ))}
    </tr>
  ));
}

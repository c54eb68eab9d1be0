// One chart on the dashboard: a heading, the chart, and the same numbers as a table (closed
// under "Show the numbers", or open) for screen readers, keyboards and anyone who wants the
// exact figures. With no data, a sentence saying what will appear here instead.
import type { ReactNode } from "react";
import { BarChart, type BarChartProps } from "./bar-chart";
import styles from "./dashboard.module.css";

export type ChartTable = {
  caption: string;
  /** The first column names the row (a partner, an hour); the others are numbers. */
  columns: string[];
  rows: { key: string; cells: string[] }[];
};

type Props = {
  id: string;
  title: string;
  intro?: ReactNode;
  /** When set, shown instead of the chart and its table. */
  empty?: ReactNode;
  chart: Omit<BarChartProps, "label">;
  table: ChartTable;
  tableOpen?: boolean;
};

export function ChartCard({ id, title, intro, empty, chart, table, tableOpen = false }: Props) {
  const heading = `${id}-heading`;
  const numbers = <NumbersTable table={table} />;
  return (
    <section className="card" aria-labelledby={heading} data-testid={id}>
      <h2 id={heading}>{title}</h2>
      {intro && <p className="muted small">{intro}</p>}
      {empty ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <>
          <BarChart {...chart} label={`${title}: bar chart. The same numbers are in the table “${table.caption}”.`} />
          {tableOpen ? (
            <div className={styles.numbers}>{numbers}</div>
          ) : (
            <details className={styles.numbers}>
              <summary>Show the numbers</summary>
              {numbers}
            </details>
          )}
        </>
      )}
    </section>
  );
}

function NumbersTable({ table }: { table: ChartTable }) {
  const [first, ...rest] = table.columns;
  return (
    <div className="table-wrap">
      <table className={styles.table}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {rest.map((c) => (
              <th scope="col" key={c} className={styles.num}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(({ key, cells: [name, ...values] }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              {values.map((v, i) => (
                <td key={i} className={styles.num}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

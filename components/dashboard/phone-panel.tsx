// A dashboard panel of booth phones worth an organizer's look: why they are listed, then one row
// per phone with its partner (a link to the partner's page, where its phones are listed) and the
// figures that put it there. "Worth a look" and "Badge codes not found" are two of these.
import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./dashboard.module.css";

type Phone = { deviceId: number; deviceName: string; partnerId: number; partnerName: string };

/** A figure's column: its heading, whether it is a number (right-aligned), its cell and the cell's test id. */
export type PhoneColumn<P> = { header: ReactNode; numeric?: boolean; testId?: string; cell: (phone: P) => ReactNode };

export function PhonePanel<P extends Phone>({
  eventId,
  id,
  title,
  explain,
  caption,
  phones,
  columns,
  rowTestId,
}: {
  eventId: number;
  /** Names the section, its heading and the empty state's test ids (`${id}`, `${id}-heading`, `${id}-none`). */
  id: string;
  title: string;
  explain: ReactNode;
  caption: string;
  phones: P[];
  columns: PhoneColumn<P>[];
  rowTestId: (phone: P) => string;
}) {
  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="small muted">{explain}</p>
      {phones.length === 0 ? (
        <p className={styles.empty} data-testid={`${id}-none`}>
          Nothing unusual.
        </p>
      ) : (
        <div className="table-wrap">
          <table className={styles.table}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">Phone</th>
                <th scope="col">Partner</th>
                {columns.map((c, i) => (
                  <th key={i} scope="col" className={c.numeric ? styles.num : undefined}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {phones.map((p) => (
                <tr key={p.deviceId} data-testid={rowTestId(p)}>
                  <th scope="row">{p.deviceName}</th>
                  <td>
                    <Link href={`/events/${eventId}/partners/${p.partnerId}`}>{p.partnerName}</Link>
                  </td>
                  {columns.map((c, i) => (
                    <td key={i} className={c.numeric ? styles.num : undefined} data-testid={c.testId}>
                      {c.cell(p)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import type { Lead } from "@/lib/consent/current-consent";
import { leadTime } from "./lead-table";
import styles from "./lead-cards.module.css";

type Props = {
  leads: Lead[];
  receiptHref: (consentId: number) => string;
  qualify: { href: (consentId: number) => string; rating: (attendeeId: number) => string | null };
  timeZone: string;
};

/**
 * The booth phone's leads as cards (issue 15 §2): the table is twice as wide as a phone, and its
 * Rate and Receipt columns fell off the screen. The same links, with the same names, on every card.
 */
export function LeadCards({ leads, receiptHref, qualify, timeZone }: Props) {
  if (leads.length === 0) return null;
  return (
    <ul className={styles.cards} data-testid="lead-cards" aria-label="Current leads, newest first">
      {leads.map((l) => (
        <li key={l.consentId} className={styles.card}>
          <h2 className={styles.name}>
            {l.firstName} {l.lastName}
          </h2>
          <p className={styles.line}>
            <a href={`mailto:${l.email}`}>{l.email}</a>
          </p>
          {(l.jobTitle || l.company) && <p className={styles.line}>{[l.jobTitle, l.company].filter(Boolean).join(", ")}</p>}
          <p className={`${styles.line} small muted`}>
            Shared <time dateTime={l.consentAt.toISOString()}>{leadTime(l.consentAt, timeZone)}</time>
          </p>
          <p className={styles.actions}>
            <a className="button secondary" href={qualify.href(l.consentId)}>
              {qualify.rating(l.attendeeId) ?? "Rate"}
              <span className="visually-hidden">
                {" "}
                (rating and notes for {l.firstName} {l.lastName})
              </span>
            </a>
            <a className="button secondary" href={receiptHref(l.consentId)}>
              Receipt
              <span className="visually-hidden">
                {" "}
                for {l.firstName} {l.lastName}
              </span>
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

// "Badge codes not found": booth phones that sent codes no attendee has, again and again, and
// when their badge lookups were last refused (lib/dashboard/phone-misses.ts, docs/decisions/032).
import Link from "next/link";
import { MISSES_WORTH_A_LOOK } from "@/lib/dashboard/phone-flag-thresholds";
import type { PhoneMisses } from "@/lib/dashboard/phone-misses";
import styles from "./dashboard.module.css";
import { count, dayAndClock } from "./format";

export function PhoneMissesPanel({ eventId, phones }: { eventId: number; phones: PhoneMisses[] }) {
  return (
    <section className="card" aria-labelledby="phone-misses-heading" data-testid="phone-misses">
      <h2 id="phone-misses-heading">Badge codes not found</h2>
      <p className="small muted">
        Booth phones that sent {MISSES_WORTH_A_LOOK} or more badge codes no attendee of this event has, or whose badge lookups were
        refused for going faster than people scan (a code not found counts for more than a badge found). A phone guessing codes shows
        here; so can a phone at the wrong event. Times are UTC.
      </p>
      {phones.length === 0 ? (
        <p className={styles.empty} data-testid="phone-misses-none">
          Nothing unusual.
        </p>
      ) : (
        <div className="table-wrap">
          <table className={styles.table}>
            <caption className="visually-hidden">Booth phones with badge codes not found</caption>
            <thead>
              <tr>
                <th scope="col">Phone</th>
                <th scope="col">Partner</th>
                <th scope="col" className={styles.num}>
                  Codes not found
                </th>
                <th scope="col">Last slowed down</th>
              </tr>
            </thead>
            <tbody>
              {phones.map((p) => (
                <tr key={p.deviceId} data-testid={`phone-misses-${p.deviceId}`}>
                  <th scope="row">{p.deviceName}</th>
                  <td>
                    <Link href={`/events/${eventId}/partners/${p.partnerId}`}>{p.partnerName}</Link>
                  </td>
                  <td className={styles.num} data-testid="misses">
                    {count(p.misses)}
                  </td>
                  <td data-testid="limited">{p.limitedAt ? dayAndClock(p.limitedAt) : "never"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

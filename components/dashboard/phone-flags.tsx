// "Worth a look": the booth phones whose shares show a pattern an organizer may want to check
// (lib/dashboard/phone-flags.ts, docs/decisions/025). Hints from what the phones report, said
// so on the screen; each row links to the partner's page, where its phones are listed.
import Link from "next/link";
import { FAST_DECISION_MS, FAST_MIN_SHARES, RUN_GAP_MS, RUN_MIN_SHARES, TYPED_FRACTION } from "@/lib/dashboard/phone-flag-thresholds";
import type { PhoneFlags } from "@/lib/dashboard/phone-flags";
import styles from "./dashboard.module.css";
import { count, percent } from "./format";

const seconds = (ms: number) => `${ms / 1000} s`;

export function PhoneFlagsPanel({ eventId, phones }: { eventId: number; phones: PhoneFlags[] }) {
  return (
    <section className="card" aria-labelledby="phone-flags-heading" data-testid="phone-flags">
      <h2 id="phone-flags-heading">Worth a look</h2>
      <p className="small muted">
        Booth phones whose shares came from typed badge codes ({percent(TYPED_FRACTION)} or more of a phone&apos;s shares), with{" "}
        {FAST_MIN_SHARES} or more shares decided less than {seconds(FAST_DECISION_MS)} after the badge was read, or with shares in runs of {RUN_MIN_SHARES} or more, each
        within {seconds(RUN_GAP_MS)} of the one before. How a code was entered and the times are reported by the phone: these are
        hints to look closer, not proof.
      </p>
      {phones.length === 0 ? (
        <p className={styles.empty} data-testid="phone-flags-none">
          Nothing unusual.
        </p>
      ) : (
        <div className="table-wrap">
          <table className={styles.table}>
            <caption className="visually-hidden">Booth phones worth a look</caption>
            <thead>
              <tr>
                <th scope="col">Phone</th>
                <th scope="col">Partner</th>
                <th scope="col" className={styles.num}>
                  Shares
                </th>
                <th scope="col" className={styles.num}>
                  Typed codes
                </th>
                <th scope="col" className={styles.num}>
                  Under {seconds(FAST_DECISION_MS)}
                </th>
                <th scope="col" className={styles.num}>
                  Runs (shares)
                </th>
              </tr>
            </thead>
            <tbody>
              {phones.map((p) => (
                <tr key={p.deviceId} data-testid={`phone-flag-${p.deviceId}`}>
                  <th scope="row">{p.deviceName}</th>
                  <td>
                    <Link href={`/events/${eventId}/partners/${p.partnerId}`}>{p.partnerName}</Link>
                  </td>
                  <td className={styles.num}>{count(p.shares)}</td>
                  <td className={styles.num} data-testid="typed">
                    {count(p.typed)} ({percent(p.shares === 0 ? null : p.typed / p.shares)})
                  </td>
                  <td className={styles.num} data-testid="fast">
                    {count(p.fast)}
                  </td>
                  <td className={styles.num} data-testid="runs">
                    {count(p.runs)} ({count(p.inRuns)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

// The event page's line about retention: how long attendees' personal data is kept and the day
// the server's purge erases it (lib/retention/), with where to change it.
import Link from "next/link";
import type { Retention } from "@/lib/retention/read-retention";

export function RetentionSummary({ eventId, retention }: { eventId: number; retention: Retention }) {
  const { retentionDays, lastDay, purgeAt } = retention;
  return (
    <p className="small" data-testid="retention-summary">
      Retention: attendees&apos; personal data is kept {retentionDays} days after the event&apos;s last day
      {purgeAt ? (
        <>
          {" "}({lastDay}), then erased on <strong>{purgeAt.toISOString().slice(0, 10)}</strong>.
        </>
      ) : (
        <>; the event has no date yet, so nothing is erased until you enter its last day.</>
      )}{" "}
      <Link href={`/events/${eventId}/legal`}>Change the period or the last day</Link>
    </p>
  );
}

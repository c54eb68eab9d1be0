// What a new organizer does next, while the event is not collecting scans yet: each missing
// piece with where to do it. Shown only while something is missing.
import Link from "next/link";
import type { EventTotals } from "@/lib/dashboard/event-figures";
import styles from "./dashboard.module.css";
import { plural } from "./format";

type Props = { eventId: number; slug: string; totals: EventTotals; firstPartnerId: number | null };

export function SetupGuide({ eventId, slug, totals: t, firstPartnerId }: Props) {
  if (t.partners > 0 && t.attendees > 0 && t.devices > 0 && t.scans > 0) return null;
  const partnerPage = firstPartnerId ? `/events/${eventId}/partners/${firstPartnerId}` : `/events/${eventId}`;
  return (
    <section className="card" aria-labelledby="setup-heading" data-testid="setup-guide">
      <h2 id="setup-heading">Getting started</h2>
      <p>This page fills in as booths scan badges. Before that:</p>
      <ol className={styles.steps}>
        <Step done={t.partners > 0} id="partners" doneText={`${plural(t.partners, "partner", "partners")} added.`}>
          <strong>Add partners</strong>, the exhibitors and sponsors whose booths scan badges:{" "}
          <Link href={`/events/${eventId}/partners/new`}>Add a partner</Link>, or{" "}
          <code>npm run fairlead -- add-partner --event {slug} …</code>
        </Step>
        <Step done={t.attendees > 0} id="attendees" doneText={`${plural(t.attendees, "attendee", "attendees")} registered.`}>
          <strong>Import attendees</strong> from your registration system&apos;s file:{" "}
          <Link href={`/events/${eventId}/import`}>Import attendees</Link>. Each gets a badge to print.
        </Step>
        <Step done={t.devices > 0} id="devices" doneText={`${plural(t.devices, "booth phone", "booth phones")} paired.`}>
          <strong>Pair a booth phone</strong>: open a partner (
          <Link href={partnerPage}>{firstPartnerId ? "the first partner's page" : "partners are on the event overview"}</Link>) and choose{" "}
          <em>Create a pairing link</em>; open the link on the phone.
        </Step>
        <Step done={t.scans > 0} id="scans" doneText="Scans are coming in.">
          <strong>No scans yet.</strong> When booth staff scan badges, this page shows scans per hour, visits per booth, how
          often attendees share their details, and the prize drawing&apos;s entries, updated every 10 seconds.
        </Step>
      </ol>
    </section>
  );
}

function Step({ done, id, doneText, children }: { done: boolean; id: string; doneText: string; children: React.ReactNode }) {
  return (
    <li data-testid={`setup-${id}`} className={done ? styles.done : undefined}>
      {done ? <>Done: {doneText}</> : children}
    </li>
  );
}

import Link from "next/link";
import type { AgreementStanding } from "@/lib/auth/agreement-gate";

/** In place of a workspace page's data until the current agreement is accepted (decision 036). */
export function AgreementRequired({ partnerId, standing, admin }: { partnerId: number; standing: AgreementStanding; admin: boolean }) {
  if (standing.state === "accepted") return null;
  return (
    <section className="card stack" data-testid="agreement-required">
      <h2>Leads are available once the data-use agreement is accepted</h2>
      {standing.state === "none" ? (
        <p>The organizer has not published the event&rsquo;s data-use agreement yet. You can set up your team meanwhile.</p>
      ) : admin ? (
        <>
          <p>Version {standing.version} of the event&rsquo;s data-use agreement says how your company may use the contacts attendees share with it. Read it and accept it for your team.</p>
          <p>
            <Link className="button" href={`/partners/${partnerId}/agreement`}>
              Read the agreement
            </Link>
          </p>
        </>
      ) : (
        <p>
          Version {standing.version} of the event&rsquo;s data-use agreement must be accepted by one of your team&rsquo;s admins first.{" "}
          <Link href={`/partners/${partnerId}/agreement`}>Read it</Link>.
        </p>
      )}
    </section>
  );
}

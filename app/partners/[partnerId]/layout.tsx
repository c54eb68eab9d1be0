import Link from "next/link";
import { WorkspaceNav } from "@/components/partner/workspace-nav";
import { requirePartnerPage } from "@/lib/auth/guards";
import { getEvent } from "@/lib/events/events";
import { idParam } from "@/lib/http/pages";

/** The workspace's frame: whose it is, and its sections. Each page checks the actor again. */
export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}`);
  const event = getEvent(actor, actor.eventId);
  return (
    <>
      <p className="small">
        <Link href="/partners">← Your workspaces</Link>
      </p>
      <h1 style={{ marginBottom: 0 }}>{actor.partnerName}</h1>
      <p className="muted">
        {event.name} · you are {actor.role === "admin" ? "an admin" : "a member"} of this team
      </p>
      <WorkspaceNav partnerId={partnerId} admin={actor.role === "admin"} />
      {children}
    </>
  );
}

import type { Metadata } from "next";
import { AdminsOnly } from "@/components/partner/admins-only";
import { TeamPanel } from "@/components/partner/team-panel";
import { requirePartnerPage } from "@/lib/auth/guards";
import { idParam } from "@/lib/http/pages";
import { listTeam } from "@/lib/partners/team";
import { mailSetUp } from "@/lib/mail/mail-settings";
import { partnerCancelInviteAction, partnerInviteAction, partnerRemoveMemberAction, partnerSetRoleAction } from "../actions";

export const metadata: Metadata = { title: "Team" };

/** The partner admin's team: members, roles, invitations (before the agreement too). */
export default async function WorkspaceTeamPage({ params }: { params: Promise<{ partnerId: string }> }) {
  const partnerId = idParam((await params).partnerId);
  const actor = await requirePartnerPage(partnerId, `/partners/${partnerId}/team`);
  if (actor.role !== "admin") return <AdminsOnly what="manage the team" />;
  return (
    <section className="card stack" aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <p className="small muted">Admins manage the team, booth phones, exports and the lead form, and accept the data-use agreement; members see the leads.</p>
      <TeamPanel
        fields={{ partnerId }}
        mailReady={mailSetUp()}
        team={listTeam(actor, actor.eventId, partnerId)}
        youId={actor.userId}
        timeZone={actor.timeZone}
        actions={{ invite: partnerInviteAction, setRole: partnerSetRoleAction, remove: partnerRemoveMemberAction, cancel: partnerCancelInviteAction }}
      />
    </section>
  );
}

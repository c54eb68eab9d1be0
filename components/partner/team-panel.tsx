import type { FormAction } from "@/lib/errors";
import { ROLE_LABEL } from "@/lib/partners/roles";
import type { PendingInvite, TeamMember } from "@/lib/partners/team";
import { ActionButton } from "../action-button";
import { ConfirmAction } from "../confirm-action";
import { PendingInvites } from "../pending-invites";
import { formatTime } from "../leads/format-time";
import { TeamInviteForm } from "./team-invite-form";

type Actions = {
  invite: FormAction<{ url: string; email: string; role: string; expiresAt: string; emailed: boolean }>;
  setRole: FormAction<void>;
  remove: FormAction<void>;
  cancel: FormAction<void>;
};

/** A partner's team: who is on it with which role, open invitations, and a new invitation. Shared by the workspace and the organizer. */
export function TeamPanel({
  fields,
  team,
  actions,
  youId,
  mailReady,
  timeZone,
}: {
  /** The ids the actions read (the workspace: the partner; the organizer: the event and the partner). */
  fields: Record<string, number>;
  team: { members: TeamMember[]; pending: PendingInvite[] };
  actions: Actions;
  /** The signed-in user, marked "(you)". */
  youId?: number;
  /** Mail is set up (lib/mail/mail-settings.ts mailSetUp): the invitation form offers to email the link. */
  mailReady: boolean;
  /** The event's zone, which the times are stated in (decision 044). */
  timeZone: string;
}) {
  return (
    <div className="stack">
      {team.members.length === 0 ? (
        <p className="muted" data-testid="no-team">
          Nobody from this partner has joined yet. Invite their first admin below: they can then invite the rest of their team.
        </p>
      ) : (
        <div className="table-wrap">
          <table data-testid="team-table">
            <caption className="visually-hidden">Team members</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {team.members.map((m) => (
                <tr key={m.userId}>
                  <td>
                    {m.name}
                    {m.userId === youId ? " (you)" : ""}
                  </td>
                  <td>{m.email}</td>
                  <td>{ROLE_LABEL[m.role]}</td>
                  <td>{formatTime(m.since, timeZone)}</td>
                  <td className="row">
                    <ActionButton
                      action={actions.setRole}
                      fields={{ ...fields, userId: m.userId, role: m.role === "admin" ? "member" : "admin" }}
                      label={m.role === "admin" ? "Make member" : "Make admin"}
                      ariaLabel={`Make ${m.email} ${m.role === "admin" ? "a member" : "an admin"}`}
                    />
                    <ConfirmAction
                      action={actions.remove}
                      fields={{ ...fields, userId: m.userId }}
                      trigger="Remove…"
                      triggerLabel={`Remove ${m.email}`}
                      question={`Remove ${m.email} from the team? They lose access at once; their account stays.`}
                      confirm={`Yes, remove ${m.email}`}
                      working="Removing…"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PendingInvites title="Open invitations" testId="team-pending" invites={team.pending} cancel={actions.cancel} fields={fields} timeZone={timeZone} as={(p) => ROLE_LABEL[p.role].toLowerCase()} />
      <h3>Invite someone</h3>
      <TeamInviteForm fields={fields} timeZone={timeZone} action={actions.invite} mailReady={mailReady} />
    </div>
  );
}

import type { FormAction } from "@/lib/errors";
import { ConfirmAction } from "../confirm-action";
import { PendingInvites } from "../pending-invites";
import { formatTime } from "../leads/format-time";

type Member = { userId: number; email: string; name: string; role: "owner" | "organizer"; since: Date };
type Pending = { id: number; email: string; expiresAt: Date };

/**
 * Who organizes the event, with Remove for each (Leave for oneself, asked in its own words), and
 * the open invitations with Cancel. The last organizer has no Remove: lib refuses it anyway.
 */
export function OrganizersPanel({
  eventId,
  eventName,
  youId,
  members,
  pending,
  remove,
  cancel,
  timeZone,
}: {
  eventId: number;
  eventName: string;
  youId: number;
  members: Member[];
  pending: Pending[];
  remove: FormAction<void>;
  cancel: FormAction<void>;
  /** The event's zone, which the times are stated in (decision 044). */
  timeZone: string;
}) {
  const alone = members.length <= 1;
  return (
    <div className="stack">
      <div className="table-wrap">
        <table data-testid="organizers">
          <caption className="visually-hidden">Organizers of {eventName}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Since</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.name}
                  {m.userId === youId ? " (you)" : ""}
                  {m.role === "owner" ? ", owner" : ""}
                </td>
                <td>{m.email}</td>
                <td>{formatTime(m.since, timeZone)}</td>
                <td>
                  {alone ? (
                    <span className="muted small">The only organizer: invite another one before leaving.</span>
                  ) : m.userId === youId ? (
                    <ConfirmAction
                      action={remove}
                      fields={{ eventId, userId: m.userId, leave: "yes" }}
                      trigger="Leave…"
                      triggerLabel={`Leave ${eventName}`}
                      question={`Leave ${eventName}? You lose access to it at once, and only another organizer can invite you back.`}
                      confirm="Yes, leave this event"
                      working="Leaving…"
                    />
                  ) : (
                    <ConfirmAction
                      action={remove}
                      fields={{ eventId, userId: m.userId }}
                      trigger="Remove…"
                      triggerLabel={`Remove ${m.email}`}
                      question={`Remove ${m.email} from the organizers of ${eventName}? They lose access at once; their account stays.`}
                      confirm={`Yes, remove ${m.email}`}
                      working="Removing…"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PendingInvites title="Invited, not yet joined" testId="organizer-invites" invites={pending} cancel={cancel} fields={{ eventId }} timeZone={timeZone} />
    </div>
  );
}

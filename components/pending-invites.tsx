import type { FormAction } from "@/lib/errors";
import { ConfirmAction } from "./confirm-action";
import { formatTime } from "./leads/format-time";

type Invite = { id: number; email: string; expiresAt: Date };

/**
 * Invitations not yet used, each with Cancel… (its link stops working): the event's organizers
 * and a partner's team. `as` says what the invitation makes its user, where there is a choice.
 */
export function PendingInvites<I extends Invite>({
  title,
  testId,
  invites,
  cancel,
  fields,
  timeZone,
  as,
}: {
  title: string;
  testId: string;
  invites: I[];
  cancel: FormAction<void>;
  /** The hidden fields the cancel action reads besides `inviteId`. */
  fields: Record<string, number>;
  /** The event's zone, which the end of each invitation is stated in. */
  timeZone: string;
  as?: (invite: I) => string;
}) {
  if (invites.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="stack" data-testid={testId}>
        {invites.map((p) => (
          <li key={p.id} className="row">
            <span>
              {p.email}
              {as ? ` as ${as(p)}` : ""}, until {formatTime(p.expiresAt, timeZone)}
            </span>
            <ConfirmAction
              action={cancel}
              fields={{ ...fields, inviteId: p.id }}
              trigger="Cancel…"
              triggerLabel={`Cancel the invitation of ${p.email}`}
              question={`Cancel the invitation of ${p.email}? Its link stops working.`}
              confirm="Yes, cancel it"
              working="Cancelling…"
              cancel="Keep it"
            />
          </li>
        ))}
      </ul>
    </>
  );
}

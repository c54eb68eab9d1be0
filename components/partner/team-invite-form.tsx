"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { HandOverLink } from "../organizer/hand-over-link";

type Link = { url: string; email: string; role: string; expiresAt: string; emailed: boolean };

/**
 * Invites someone to a partner's team: a single-use link for one address, to hand over, and
 * where mail is set up (`mailReady`) emailed too if the inviter ticks the box (docs/decisions/038).
 */
export function TeamInviteForm({ fields, timeZone, action, mailReady }: { fields: Record<string, number>; timeZone: string; action: FormAction<Link>; mailReady: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  const link = state?.ok ? state.value : null;
  const byEmail = state?.ok === false ? state.values?.byEmail === "on" : mailReady;
  return (
    <form action={formAction} className="stack" noValidate data-testid="team-invite">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="row" style={{ alignItems: "flex-end" }}>
        <div className="field" style={{ flex: "2 1 16rem", marginBottom: 0 }}>
          <label htmlFor="team-email">Email of the person to invite</label>
          <input id="team-email" name="email" type="email" required defaultValue={state?.ok === false ? state.values?.email : undefined} />
        </div>
        <div className="field" style={{ flex: "1 1 10rem", marginBottom: 0 }}>
          <label htmlFor="team-role">Role</label>
          <select id="team-role" name="role" defaultValue={state?.ok === false ? (state.values?.role ?? "member") : "member"}>
            <option value="member">Member: sees leads</option>
            <option value="admin">Admin: also team, phones, exports</option>
          </select>
        </div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create an invitation link"}
        </button>
      </div>
      {mailReady ? (
        <label className="row small" style={{ gap: "0.4rem" }}>
          <input type="checkbox" name="byEmail" defaultChecked={byEmail} key={String(byEmail)} />
          Send it by email too (the link is shown here as well)
        </label>
      ) : (
        <p className="small muted" data-testid="team-invite-no-mail">
          Mail is not set up on this server (FAIRLEAD_SMTP_URL), so Fairlead sends no email: hand the link over yourself.
        </p>
      )}
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {link && <HandOverLink link={link} testId="team-invite-link" timeZone={timeZone} emailed={link.emailed} />}
    </form>
  );
}

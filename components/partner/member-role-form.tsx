"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** Changes one team member's role; a refusal (the last admin) shows beside it. */
export function MemberRoleForm({ fields, email, role, action }: { fields: Record<string, number>; email: string; role: "admin" | "member"; action: FormAction<void> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const other = role === "admin" ? "member" : "admin";
  return (
    <form action={formAction} className="row">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="role" value={other} />
      <button className="button secondary" type="submit" disabled={pending} aria-label={`Make ${email} ${other === "admin" ? "an admin" : "a member"}`}>
        {pending ? "Saving…" : other === "admin" ? "Make admin" : "Make member"}
      </button>
      {state?.ok === false && (
        <span className="small field-error" role="alert">
          {state.error}
        </span>
      )}
    </form>
  );
}

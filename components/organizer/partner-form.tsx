"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import type { PartnerSummary } from "@/lib/partners/partners";

type Props = {
  eventId: number;
  partner?: PartnerSummary;
  submitLabel: string;
  /** Answers the "saved" message (or, on create, goes to the new partner). */
  action: FormAction<string>;
};

const FIELDS = [
  { name: "name", label: "Name", hint: "As attendees know the exhibitor." },
  { name: "booth", label: "Booth", hint: "For example A12." },
  { name: "contactEmail", label: "Contact email (optional)", hint: "Where the partner's leads questions go, and the notice of attendees who withdrew (within a minute)." },
  { name: "privacyUrl", label: "Privacy-policy link", hint: "Shown to attendees before they decide." },
  { name: "purpose", label: "Purpose of contact", hint: "What the partner will use the contact details for, in its own words." },
] as const;

/** Create or edit a partner: what attendees are told on the consent screen comes from here. */
export function PartnerForm({ eventId, partner, submitLabel, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const value = (name: (typeof FIELDS)[number]["name"]) => failed?.values?.[name] ?? (partner ? (partner[name] ?? "") : "");
  return (
    <form action={formAction} className="stack" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      {partner && <input type="hidden" name="partnerId" value={partner.id} />}
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {state.value}
        </p>
      )}
      {FIELDS.map((f) => {
        const id = `partner-${f.name}`;
        const error = failed?.fields?.[f.name];
        return (
          <div className="field" key={f.name}>
            <label htmlFor={id}>{f.label}</label>
            <input
              id={id}
              name={f.name}
              type={f.name === "contactEmail" ? "email" : "text"}
              defaultValue={value(f.name)}
              key={value(f.name)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            />
            <p id={`${id}-hint`} className="small muted" style={{ margin: "0.25rem 0 0" }}>
              {f.hint}
            </p>
            {error && (
              <p id={`${id}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

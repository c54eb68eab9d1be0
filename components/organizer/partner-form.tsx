"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import type { PartnerSummary } from "@/lib/partners/partners";
import { FieldNotes } from "./field-notes";

/**
 * "Saved …", or a question: the change would end consents, and the organizer confirms the
 * count they were shown (docs/decisions/023); `values` keeps what they typed.
 */
export type PartnerFormAnswer = string | { confirmLapses: number; message: string; values: Record<string, string> };

type Props = {
  eventId: number;
  partner?: PartnerSummary;
  submitLabel: string;
  /** Answers the "saved" message (or, on create, goes to the new partner). */
  action: FormAction<PartnerFormAnswer>;
};

const FIELDS = [
  { name: "name", label: "Name", hint: "As attendees know the exhibitor." },
  { name: "booth", label: "Booth", hint: "For example A12." },
  { name: "contactEmail", label: "Contact email (optional)", hint: "Where the partner's leads questions go, and the notice of attendees who withdrew (within a minute)." },
  { name: "privacyUrl", label: "Privacy-policy link", hint: "Shown to attendees before they decide." },
  { name: "purpose", label: "Purpose of contact", hint: "What the partner will use the contact details for, in its own words." },
  {
    name: "purposeDe",
    label: "Purpose of contact, in German (Zweck der Kontaktaufnahme)",
    hint: "Shown on German screens. Left empty, they show the English purpose marked \"(auf Englisch)\", and the event page lists it as missing.",
  },
] as const;

/** Create or edit a partner: what attendees are told on the consent screen comes from here. */
export function PartnerForm({ eventId, partner, submitLabel, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  const question = state?.ok && typeof state.value === "object" ? state.value : null;
  const saved = state?.ok && typeof state.value === "string" ? state.value : null;
  const value = (name: (typeof FIELDS)[number]["name"]) =>
    failed?.values?.[name] ?? question?.values[name] ?? (partner ? (partner[name] ?? "") : "");
  return (
    <form action={formAction} className="stack" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      {partner && <input type="hidden" name="partnerId" value={partner.id} />}
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {saved && (
        <p className="alert ok" role="status">
          {saved}
        </p>
      )}
      {question && (
        <div className="alert" role="alert" data-testid="confirm-lapse">
          <p style={{ margin: 0 }}>{question.message}</p>
          <p className="small" style={{ margin: "0.25rem 0 0" }}>
            Their shares end now: the partner&apos;s exports drop them at once, and each attendee gets an email with a
            link to decide again under the new words. To keep the consents, put the name, purpose and privacy link
            back, or leave this page.
          </p>
          <input type="hidden" name="confirmLapses" value={question.confirmLapses} />
        </div>
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
            <FieldNotes id={id} hint={f.hint} error={error} />
          </div>
        );
      })}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : question ? `Confirm: end ${question.confirmLapses} ${question.confirmLapses === 1 ? "consent" : "consents"} and save` : submitLabel}
      </button>
    </form>
  );
}
